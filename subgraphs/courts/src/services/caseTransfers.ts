import { randomUUID } from 'node:crypto';
import { findCourt } from '@lib/reference/courtRegister';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { CrownTransferTable, MagistratesCaseTable } from '../store/magistratesTables';
import { londonDateOf } from '@lib/time/londonTime';
import { checkEligibility, requireCrownCourt, requireFirstHearingDate } from './sendingRules';
import { transferDriver, type TransferLog, type TransferResult, type TransferStores } from './transferDriver';
import { transferError } from './transferErrors';

export type { TransferResult, TransferStores } from './transferDriver';

/** A request to send a magistrates' case to the Crown Court, its identifiers already checked for form. */
export interface TransferRequest {
  urn: string;
  crownCourtCode: string;
  sendingType: CrownCaseTable['sendingType'];
  firstHearingOn: string;
  idempotencyKey: string | null;
  /** Who asked (the caller's subject), kept with the transfer. */
  requestedBy: string | null;
}

const KIND_TEXT = {
  SENT_FOR_TRIAL: 'sent for trial',
  COMMITTED_FOR_SENTENCE: 'committed for sentence',
  APPEAL: 'appeal',
} as const;

const courtName = (code: string) => findCourt(code)?.name ?? code;
const isLive = (transfer: CrownTransferTable) =>
  transfer.status === 'PENDING' || transfer.status === 'COMPLETED';

/**
 * Sending cases to the Crown Court: the rules a request must meet, what repeats an earlier request, and the
 * transfer itself (see transferDriver for how it stays whole across the two stores).
 */
export function createCaseTransfers(stores: TransferStores, now: () => Date, log: TransferLog) {
  const { magistrates, crown } = stores;
  const driver = transferDriver(stores, now, log);

  /** The result of a live transfer a request repeats: completed, or still pending and driven on. */
  function resume(transfer: CrownTransferTable): Promise<TransferResult> {
    return transfer.status === 'COMPLETED' ? driver.completed(transfer, true) : driver.drive(transfer, true);
  }

  /** An earlier sending of the case, if any: to the same court it is this request's answer, to another a refusal. */
  async function earlierSending(
    found: MagistratesCaseTable,
    request: TransferRequest,
  ): Promise<TransferResult | null> {
    if (found.sentToCrownCaseNumber) {
      const crownCase = found.sentToCrownCourtCode
        ? await crown.caseByKey({
            courtCode: found.sentToCrownCourtCode,
            caseNumber: found.sentToCrownCaseNumber,
          })
        : undefined;
      if (crownCase?.courtCode === request.crownCourtCode) {
        return { crownCase, transfer: (await magistrates.liveTransferOf(found.urn)) ?? null, repeated: true };
      }
      throw transferError(
        'ALREADY_SENT',
        `Case ${found.urn} has already been sent to ${courtName(found.sentToCrownCourtCode ?? 'the Crown Court')} as ` +
          `${found.sentToCrownCaseNumber}`,
        {
          argument: 'urn',
          crownCourtCode: found.sentToCrownCourtCode,
          crownCourtCaseNumber: found.sentToCrownCaseNumber,
        },
      );
    }
    const live = await magistrates.liveTransferOf(found.urn);
    if (!live) return null;
    if (live.crownCourtCode === request.crownCourtCode) return resume(live);
    throw transferError(
      'ALREADY_SENT',
      `Case ${found.urn} is already being sent to ${courtName(live.crownCourtCode)}`,
      {
        argument: 'urn',
      },
    );
  }

  /** The live transfer holding this request's idempotency key, which must have been made for the same request. */
  async function keyHolder(request: TransferRequest): Promise<CrownTransferTable | null> {
    if (!request.idempotencyKey) return null;
    const earlier = await magistrates.transferByKey(request.idempotencyKey);
    if (!earlier || !isLive(earlier)) return null;
    const same =
      earlier.urn === request.urn &&
      earlier.crownCourtCode === request.crownCourtCode &&
      earlier.sendingType === request.sendingType &&
      earlier.firstHearingOn === request.firstHearingOn;
    if (!same) {
      throw transferError(
        'IDEMPOTENCY_KEY_REUSED',
        `Idempotency key "${request.idempotencyKey}" was used for another request (case ${earlier.urn} to ` +
          `${earlier.crownCourtCode}, ${KIND_TEXT[earlier.sendingType]}, first hearing ${earlier.firstHearingOn})`,
        { argument: 'idempotencyKey' },
      );
    }
    return earlier;
  }

  /** What a request that lost the race to record its transfer gets: the winner's transfer, joined. */
  async function joinWinner(request: TransferRequest): Promise<TransferResult> {
    const byKey = await keyHolder(request);
    if (byKey) return resume(byKey);
    const sending = await magistrates.caseForSending(request.urn);
    const joined = sending && (await earlierSending(sending.found, request));
    if (joined) return joined;
    throw transferError(
      'TRANSFER_NOT_SENT',
      `Case ${request.urn} was not sent: a concurrent attempt to send it failed. The request can be repeated.`,
      { sent: false },
    );
  }

  return {
    /** Sends a case to the Crown Court, or returns the Crown Court case an earlier identical request made. */
    async send(request: TransferRequest): Promise<TransferResult> {
      requireCrownCourt(request.crownCourtCode);
      // Recovery on retry: what an earlier failure could not remove from the Crown Court store goes first.
      await driver.cleanUpAbandoned().catch((error: unknown) => log('clean-up of given-up transfers', error));
      // A repeated request gets the first one's answer, even once its hearing date has gone by.
      const byKey = await keyHolder(request);
      if (byKey) return resume(byKey);
      const sending = await magistrates.caseForSending(request.urn);
      if (!sending) {
        throw transferError('CASE_NOT_FOUND', `There is no magistrates' case with URN ${request.urn}`, {
          argument: 'urn',
        });
      }
      const earlier = await earlierSending(sending.found, request);
      if (earlier) return earlier;
      const requestedAt = now().toISOString();
      requireFirstHearingDate(request.firstHearingOn, londonDateOf(requestedAt));
      checkEligibility(request.urn, request.sendingType, sending.offences);
      const opened = await magistrates.openTransfer({
        transferId: randomUUID(),
        urn: request.urn,
        committingCourtCode: sending.found.courtCode,
        crownCourtCode: request.crownCourtCode,
        sendingType: request.sendingType,
        firstHearingOn: request.firstHearingOn,
        idempotencyKey: request.idempotencyKey,
        requestedBy: request.requestedBy,
        requestedAt,
      });
      return opened ? driver.drive(opened, false) : joinWinner(request);
    },

    /**
     * Recovery, run at start-up: completes every transfer left PENDING (by a crash, or by a failure that could
     * not be recorded) and removes what given-up transfers left in the Crown Court store. Returns the count of
     * transfers completed and of those that could not be and were given up.
     */
    async recover(): Promise<{ completed: number; givenUp: number }> {
      const settled = { completed: 0, givenUp: 0 };
      for (const transfer of await magistrates.transfersIn('PENDING')) {
        try {
          await driver.drive(transfer, true);
          settled.completed += 1;
        } catch (error) {
          settled.givenUp += 1;
          log(`recovery of transfer ${transfer.transferId}`, error);
        }
      }
      await driver.cleanUpAbandoned();
      return settled;
    },
  };
}

/** The transfers service of the courts subgraph. */
export type CaseTransfers = ReturnType<typeof createCaseTransfers>;
