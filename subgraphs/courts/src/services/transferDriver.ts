import { isStoreUnavailable } from '@lib/store/storeFailure';
import type { CrownCaseTable } from '../store/crownCourtTables';
import { CaseNumbersExhausted } from '../store/caseNumbering';
import type { CrownTransferStore } from '../store/crownTransferStore';
import type { CrownTransferTable } from '../store/magistratesTables';
import type { MagistratesTransferStore } from '../store/magistratesTransferStore';
import { londonDateOf } from '@lib/time/londonTime';
import { transferError } from './transferErrors';

/**
 * A sent case: its Crown Court case, the transfer that sent it (none for a case sent on paper), and whether this
 * request repeated an earlier one.
 */
export interface TransferResult {
  crownCase: CrownCaseTable;
  transfer: CrownTransferTable | null;
  repeated: boolean;
}

/** The two stores a transfer writes to: separate databases, with no transaction spanning both. */
export interface TransferStores {
  magistrates: MagistratesTransferStore;
  crown: CrownTransferStore;
}

/** Where transfer failures are reported (the subgraph's log). */
export type TransferLog = (message: string, error?: unknown) => void;

function reasonOf(error: unknown): string {
  if (error instanceof CaseNumbersExhausted) return error.message;
  return isStoreUnavailable(error) ? 'its store is unavailable' : 'it could not make the change';
}

/**
 * The protocol that takes a transfer across the two stores. Sending a case writes to two separate databases
 * with no transaction spanning both, so it goes in steps, each one idempotent:
 *
 * 1. (before this) the magistrates' store records a PENDING transfer: the outbox record;
 * 2. the Crown Court store creates the Crown Court case keyed by the transfer id (unique), so that doing it again
 *    (a retry, a concurrent send that joined, recovery) returns the same case instead of making another;
 * 3. the magistrates' store marks the transfer COMPLETED and links the case, in one transaction, if the transfer
 *    is still PENDING: the commit point. Before it the case is not sent; after it, it is.
 *
 * When step 2 or 3 fails the transfer is given up (ABANDONED, if still PENDING) and the Crown Court case it made,
 * if any, is removed (ROLLED_BACK): the caller is told the case was not sent, and may repeat the request. Only
 * if the magistrates' store cannot even record that does the transfer stay PENDING; the caller is told that too,
 * and repeating the request, or recovery at start-up, completes it. Every state change is conditional, so two
 * processes driving one transfer cannot take it both ways: whoever loses follows the winner. A given-up transfer
 * is never completed (a retry makes a new one), which is what makes removing its Crown Court case safe.
 *
 * What is not covered: a given-up transfer whose Crown Court case could not be removed (the Crown Court store
 * failed again) leaves that case readable by its number, unlinked from the magistrates' case, until the next
 * send or start-up removes it.
 */
export function transferDriver(stores: TransferStores, now: () => Date, log: TransferLog) {
  const { magistrates, crown } = stores;

  /** Removes what a given-up transfer made in the Crown Court store, then records that it is gone. */
  async function rollBack(transfer: CrownTransferTable): Promise<void> {
    await crown.removeCaseOf(transfer.transferId);
    await magistrates.markRolledBack(transfer.transferId, now().toISOString());
  }

  function tryRollBack(transfer: CrownTransferTable): Promise<void> {
    return rollBack(transfer).catch((error: unknown) =>
      log(`transfer ${transfer.transferId}: removal from the Crown Court store left to recovery`, error),
    );
  }

  /** The result of a COMPLETED transfer. */
  async function completed(transfer: CrownTransferTable, repeated: boolean): Promise<TransferResult> {
    const caseNumber = transfer.crownCaseNumber ?? '';
    const crownCase = await crown.caseByKey({ courtCode: transfer.crownCourtCode, caseNumber });
    if (!crownCase)
      throw new Error(`Transfer ${transfer.transferId} is completed but ${caseNumber} is missing`);
    return { crownCase, transfer, repeated };
  }

  function notSent(transfer: CrownTransferTable, reason: string) {
    return transferError(
      'TRANSFER_NOT_SENT',
      `Case ${transfer.urn} was not sent to the Crown Court: ${reason}. The magistrates' case is unchanged and ` +
        'no Crown Court case is kept for it; the request can be repeated.',
      { sent: false, transferId: transfer.transferId },
    );
  }

  /** Gives a failed transfer up and says so; or, if a concurrent attempt completed it meanwhile, returns it. */
  async function giveUp(
    transfer: CrownTransferTable,
    what: string,
    error: unknown,
    repeated: boolean,
  ): Promise<TransferResult> {
    log(`transfer ${transfer.transferId} of ${transfer.urn}: ${what}`, error);
    const reason = `${what} (${reasonOf(error)})`;
    let status: CrownTransferTable['status'];
    try {
      status = await magistrates.abandonTransfer(transfer.transferId, reason, now().toISOString());
    } catch (abandonError) {
      log(`transfer ${transfer.transferId} could not be given up either`, abandonError);
      throw transferError(
        'TRANSFER_PENDING',
        `Case ${transfer.urn} is not sent yet: ${reason}, and the transfer could not be undone either. It is ` +
          'recorded as pending: repeating the request (with the same idempotency key) completes it, and so does ' +
          'the courts service when it next starts. Until then the case has not been sent.',
        { sent: null, transferId: transfer.transferId },
      );
    }
    if (status === 'COMPLETED') {
      // A concurrent attempt completed it first: the case is sent, and nothing may be removed.
      const done = await magistrates.liveTransferOf(transfer.urn);
      if (done?.transferId !== transfer.transferId)
        throw new Error(`Transfer ${transfer.transferId} vanished`);
      return completed(done, repeated);
    }
    // Given up: it can never be completed now, so its Crown Court case, if it made one, can safely go.
    await tryRollBack(transfer);
    throw notSent(transfer, reason);
  }

  return {
    rollBack,
    completed,

    /** Takes a PENDING transfer through steps 2 and 3; safe to run more than once, and concurrently. */
    async drive(transfer: CrownTransferTable, repeated: boolean): Promise<TransferResult> {
      let crownCase: CrownCaseTable;
      try {
        crownCase = await crown.receiveCase({
          ...transfer,
          receivedAt: transfer.requestedAt,
          receivedOn: londonDateOf(transfer.requestedAt),
        });
      } catch (error) {
        return giveUp(transfer, 'the Crown Court system could not record the case', error, repeated);
      }
      let status: CrownTransferTable['status'];
      try {
        // An appeal leaves the magistrates' result standing; a sending or committal is the case's outcome there.
        const outcome = transfer.sendingType === 'APPEAL' ? null : 'COMMITTED_TO_CROWN';
        status = await magistrates.completeTransfer(
          transfer.transferId,
          crownCase.caseNumber,
          outcome,
          now().toISOString(),
        );
      } catch (error) {
        return giveUp(
          transfer,
          "the magistrates' court system could not record the sending",
          error,
          repeated,
        );
      }
      if (status === 'COMPLETED') {
        return {
          crownCase,
          transfer: { ...transfer, status, crownCaseNumber: crownCase.caseNumber },
          repeated,
        };
      }
      // A concurrent attempt failed and gave the transfer up first: the Crown Court case goes too.
      await tryRollBack(transfer);
      throw notSent(transfer, 'a concurrent attempt to send it failed and was undone');
    },

    /** Finishes removing what given-up transfers left while the Crown Court store was unreachable. */
    async cleanUpAbandoned(): Promise<void> {
      for (const transfer of await magistrates.transfersIn('ABANDONED')) await tryRollBack(transfer);
    },
  };
}
