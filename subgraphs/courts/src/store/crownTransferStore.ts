import type { Kysely } from 'kysely';
import { londonTimeToIso } from '@lib/time/londonTime';
import { numberCase } from './caseNumbering';
import type { CrownCaseKey } from './crownCaseKey';
import type { CrownCaseTable, CrownCourtTables } from './crownCourtTables';

/** What the Crown Court is told of a transfer: no more than the link, the court and the first listing. */
export interface TransferToReceive {
  transferId: string;
  urn: string;
  crownCourtCode: string;
  committingCourtCode: string;
  sendingType: CrownCaseTable['sendingType'];
  firstHearingOn: string;
  /** When the case was sent; its London date is the date of receipt, whose year numbers the case. */
  receivedAt: string;
  receivedOn: string;
}

/** The first Crown Court hearing each kind of sending is listed for. */
const FIRST_HEARING_TYPE: Record<CrownCaseTable['sendingType'], string> = {
  SENT_FOR_TRIAL: 'PLEA_AND_TRIAL_PREPARATION',
  COMMITTED_FOR_SENTENCE: 'SENTENCE',
  APPEAL: 'APPEAL',
};

/** First hearings are listed for the start of the court day. */
const LISTING_TIME = '10:00';

/**
 * The Crown Court side of a transfer. Receiving a case is idempotent, keyed by the transfer's id (unique in
 * crown_case): whoever drives a transfer, and however often, it makes one Crown Court case.
 */
export function createCrownTransferStore(db: Kysely<CrownCourtTables>) {
  return {
    caseByKey: (key: CrownCaseKey) =>
      db
        .selectFrom('crownCase')
        .selectAll()
        .where('courtCode', '=', key.courtCode)
        .where('caseNumber', '=', key.caseNumber)
        .executeTakeFirst(),

    /** Every centre's case with this number, in court-code order: one number is issued at several centres. */
    casesByNumber: (caseNumber: string) =>
      db
        .selectFrom('crownCase')
        .selectAll()
        .where('caseNumber', '=', caseNumber)
        .orderBy('courtCode')
        .execute(),

    /**
     * Creates the Crown Court case of a transfer, numbered next in the receiving centre's series of its kind and
     * year (caseNumbering.ts), with its first hearing; or returns the one the transfer already made, found again
     * before each attempt at a number, so that a concurrent receipt of the same transfer makes one case.
     */
    receiveCase: (transfer: TransferToReceive): Promise<CrownCaseTable> =>
      db.transaction().execute(async (trx) => {
        const madeAlready = () =>
          trx
            .selectFrom('crownCase')
            .selectAll()
            .where('transferId', '=', transfer.transferId)
            .executeTakeFirst();
        const { crownCase, inserted } = await numberCase(
          trx,
          {
            urn: transfer.urn,
            courtCode: transfer.crownCourtCode,
            sendingType: transfer.sendingType,
            committingCourtCode: transfer.committingCourtCode,
            receivedOn: transfer.receivedOn,
            // The defendant is read from the magistrates' record through the URN, not copied.
            defendantFirstName: null,
            defendantLastName: null,
            defendantDateOfBirth: null,
            defendantPncId: null,
            defendantCroNumber: null,
            outcome: null,
            custodialSentenceMonths: null,
            confiscationAmountPence: null,
            confiscationOrderedOn: null,
            transferId: transfer.transferId,
            receivedAt: transfer.receivedAt,
          },
          madeAlready,
        );
        if (!inserted) return crownCase;
        const key = { courtCode: crownCase.courtCode, caseNumber: crownCase.caseNumber };
        await trx
          .insertInto('crownHearing')
          .values({
            caseCourtCode: key.courtCode,
            caseNumber: key.caseNumber,
            courtCode: transfer.crownCourtCode,
            startsAt: londonTimeToIso(transfer.firstHearingOn, LISTING_TIME),
            type: FIRST_HEARING_TYPE[transfer.sendingType],
            outcome: null,
          })
          .execute();
        // Received, until a Crown Court clerk acknowledges it (or returns it, or the sending is withdrawn).
        await trx
          .insertInto('crownCaseState')
          .values({
            ...key,
            status: 'RECEIVED',
            reason: null,
            updatedAt: transfer.receivedAt,
            magistratesInformedAt: transfer.receivedAt,
          })
          .execute();
        return crownCase;
      }),

    /** Removes the Crown Court case a given-up transfer made, if it made one. */
    removeCaseOf: (transferId: string): Promise<void> =>
      db.transaction().execute(async (trx) => {
        const made = await trx
          .selectFrom('crownCase')
          .select(['courtCode', 'caseNumber'])
          .where('transferId', '=', transferId)
          .executeTakeFirst();
        if (!made) return;
        // A case a given-up transfer made was never sent, so nobody has answered it: it has a state and no events.
        for (const table of ['crownCaseEvent', 'crownCaseState'] as const) {
          await trx
            .deleteFrom(table)
            .where('courtCode', '=', made.courtCode)
            .where('caseNumber', '=', made.caseNumber)
            .execute();
        }
        await trx
          .deleteFrom('crownHearing')
          .where('caseCourtCode', '=', made.courtCode)
          .where('caseNumber', '=', made.caseNumber)
          .execute();
        await trx
          .deleteFrom('crownCase')
          .where('courtCode', '=', made.courtCode)
          .where('caseNumber', '=', made.caseNumber)
          .execute();
      }),
  };
}

/** The Crown Court side of transfers; a test may wrap it to inject faults (see buildCourts). */
export type CrownTransferStore = ReturnType<typeof createCrownTransferStore>;
