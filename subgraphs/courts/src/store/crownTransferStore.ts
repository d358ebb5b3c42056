import type { Kysely } from 'kysely';
import { londonTimeToIso } from '@lib/time/londonTime';
import { caseNumberSeries, nextCaseNumber } from './crownCaseNumbers';
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

/** Races lost for a case number before giving up: each one means another case was just numbered. */
const MAX_NUMBERING_ATTEMPTS = 50;

/** A series of case numbers with no number left this year. */
export class CaseNumbersExhausted extends Error {}

/**
 * The Crown Court side of a transfer. Receiving a case is idempotent, keyed by the transfer's id (unique in
 * crown_case): whoever drives a transfer, and however often, it makes one Crown Court case.
 */
export function createCrownTransferStore(db: Kysely<CrownCourtTables>) {
  return {
    caseByNumber: (caseNumber: string) =>
      db.selectFrom('crownCase').selectAll().where('caseNumber', '=', caseNumber).executeTakeFirst(),

    /**
     * Creates the Crown Court case of a transfer, numbered next in its series, with its first hearing; or
     * returns the one the transfer already made. The primary key settles a race for a number: the loser's
     * insert does nothing and it takes the next number.
     */
    receiveCase: (transfer: TransferToReceive): Promise<CrownCaseTable> =>
      db.transaction().execute(async (trx) => {
        const series = caseNumberSeries(transfer.sendingType, transfer.receivedOn);
        for (let attempt = 1; attempt <= MAX_NUMBERING_ATTEMPTS; attempt += 1) {
          const made = await trx
            .selectFrom('crownCase')
            .selectAll()
            .where('transferId', '=', transfer.transferId)
            .executeTakeFirst();
          if (made) return made;
          const { highest } = await trx
            .selectFrom('crownCase')
            .select((eb) => eb.fn.max('caseNumber').as('highest'))
            .where('caseNumber', '>=', series.first)
            .where('caseNumber', '<=', series.last)
            .executeTakeFirstOrThrow();
          const caseNumber = nextCaseNumber(series, highest);
          if (!caseNumber) {
            throw new CaseNumbersExhausted(
              `Every ${series.prefix} case number of ${series.year} has been issued`,
            );
          }
          const row: CrownCaseTable = {
            caseNumber,
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
          };
          const inserted = await trx
            .insertInto('crownCase')
            .values(row)
            .onConflict((conflict) => conflict.doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
          await trx
            .insertInto('crownHearing')
            .values({
              caseNumber,
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
              caseNumber,
              status: 'RECEIVED',
              reason: null,
              updatedAt: transfer.receivedAt,
              magistratesInformedAt: transfer.receivedAt,
            })
            .execute();
          return row;
        }
        throw new Error(`No free case number after ${MAX_NUMBERING_ATTEMPTS} attempts`);
      }),

    /** Removes the Crown Court case a given-up transfer made, if it made one. */
    removeCaseOf: (transferId: string): Promise<void> =>
      db.transaction().execute(async (trx) => {
        const made = await trx
          .selectFrom('crownCase')
          .select('caseNumber')
          .where('transferId', '=', transferId)
          .executeTakeFirst();
        if (!made) return;
        // A case a given-up transfer made was never sent, so nobody has answered it: it has a state and no events.
        await trx.deleteFrom('crownCaseEvent').where('caseNumber', '=', made.caseNumber).execute();
        await trx.deleteFrom('crownCaseState').where('caseNumber', '=', made.caseNumber).execute();
        await trx.deleteFrom('crownHearing').where('caseNumber', '=', made.caseNumber).execute();
        await trx.deleteFrom('crownCase').where('caseNumber', '=', made.caseNumber).execute();
      }),
  };
}

/** The Crown Court side of transfers; a test may wrap it to inject faults (see buildCourts). */
export type CrownTransferStore = ReturnType<typeof createCrownTransferStore>;
