import type { Kysely, Transaction } from 'kysely';
import { recordTransferEvents } from './transferEvents';
import type { CrownTransferTable, MagistratesTables, TransferStatus } from './magistratesTables';

/** A transfer as first written: PENDING, with no Crown Court case yet. */
export type NewTransfer = Omit<CrownTransferTable, 'status' | 'crownCaseNumber' | 'updatedAt' | 'failure'>;

/**
 * The magistrates' side of a transfer. Each method is one transaction; the state changes are conditional
 * (PENDING to COMPLETED, PENDING to ABANDONED, ABANDONED to ROLLED_BACK) and return the state the transfer is
 * in afterwards, so that two processes driving the same transfer can never take it both ways.
 */
export function createMagistratesTransferStore(db: Kysely<MagistratesTables>) {
  // Inside a transaction, reads go through it: SQLite has one connection, which the transaction holds.
  const statusOf = async (
    transferId: string,
    executor: Kysely<MagistratesTables> | Transaction<MagistratesTables> = db,
  ): Promise<TransferStatus> => {
    const row = await executor
      .selectFrom('crownTransfer')
      .select('status')
      .where('transferId', '=', transferId)
      .executeTakeFirstOrThrow();
    return row.status;
  };
  return {
    /** The case and its offences, as the sending rules need them; null when there is no such case. */
    async caseForSending(urn: string) {
      const found = await db
        .selectFrom('magistratesCase')
        .selectAll()
        .where('urn', '=', urn)
        .executeTakeFirst();
      if (!found) return null;
      const offences = await db.selectFrom('magistratesOffence').selectAll().where('urn', '=', urn).execute();
      return { found, offences };
    },

    transferByKey: (idempotencyKey: string) =>
      db
        .selectFrom('crownTransfer')
        .selectAll()
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst(),

    /** The case's live transfer (PENDING or COMPLETED), if any: there is at most one. */
    liveTransferOf: (urn: string) =>
      db
        .selectFrom('crownTransfer')
        .selectAll()
        .where('urn', '=', urn)
        .where('status', 'in', ['PENDING', 'COMPLETED'])
        .executeTakeFirst(),

    transfersIn: (status: TransferStatus) =>
      db
        .selectFrom('crownTransfer')
        .selectAll()
        .where('status', '=', status)
        .orderBy('requestedAt')
        .execute(),

    /**
     * Writes a PENDING transfer: the outbox record. Returns null, writing nothing, when the case already has a
     * live transfer or has been sent, or another live transfer holds the idempotency key: a concurrent send won.
     * A key held by a transfer that was given up passes to this one, so that a retry can reuse its key.
     */
    openTransfer: (transfer: NewTransfer) =>
      db.transaction().execute(async (trx) => {
        const sent = await trx
          .selectFrom('magistratesCase')
          .select('sentToCrownCaseNumber')
          .where('urn', '=', transfer.urn)
          .executeTakeFirst();
        if (!sent || sent.sentToCrownCaseNumber) return null;
        if (transfer.idempotencyKey) {
          await trx
            .updateTable('crownTransfer')
            .set({ idempotencyKey: null })
            .where('idempotencyKey', '=', transfer.idempotencyKey)
            .where('status', 'in', ['ABANDONED', 'ROLLED_BACK'])
            .execute();
        }
        const row: CrownTransferTable = {
          ...transfer,
          status: 'PENDING',
          crownCaseNumber: null,
          updatedAt: transfer.requestedAt,
          failure: null,
        };
        const result = await trx
          .insertInto('crownTransfer')
          .values(row)
          .onConflict((conflict) => conflict.doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? row : null;
      }),

    /**
     * The commit point of a transfer: marks it COMPLETED and links the magistrates' case to its Crown Court case at
     * the transfer's centre (with the case's new outcome, if the sending gives it one) and freezes its case file, in
     * one transaction, if it is still PENDING.
     */
    completeTransfer: (transferId: string, crownCaseNumber: string, outcome: string | null, at: string) =>
      db.transaction().execute(async (trx) => {
        const completed = await trx
          .updateTable('crownTransfer')
          .set({ status: 'COMPLETED', crownCaseNumber, updatedAt: at })
          .where('transferId', '=', transferId)
          .where('status', '=', 'PENDING')
          .returningAll()
          .executeTakeFirst();
        if (completed) {
          const sentCase = await trx
            .updateTable('magistratesCase')
            .set((eb) => ({
              sentToCrownCourtCode: completed.crownCourtCode,
              sentToCrownCaseNumber: crownCaseNumber,
              outcome: outcome ?? eb.ref('outcome'),
            }))
            .where('urn', '=', completed.urn)
            .returning('defendantPncId')
            .executeTakeFirst();
          // The file is frozen as it stands now: a document served after an earlier sending that came back
          // (returned, withdrawn) is part of this one.
          await trx
            .updateTable('caseDocument')
            .set({ servedAfterSending: 0 })
            .where('urn', '=', completed.urn)
            .where('servedAfterSending', '=', 1)
            .execute();
          await recordTransferEvents(trx, completed, crownCaseNumber, sentCase?.defendantPncId ?? null);
        }
        return completed ? 'COMPLETED' : statusOf(transferId, trx);
      }),

    /** Gives a PENDING transfer up; the magistrates' case is untouched (it was never linked). */
    abandonTransfer: async (transferId: string, failure: string, at: string): Promise<TransferStatus> => {
      await db
        .updateTable('crownTransfer')
        .set({ status: 'ABANDONED', failure: failure.slice(0, 500), updatedAt: at })
        .where('transferId', '=', transferId)
        .where('status', '=', 'PENDING')
        .execute();
      return statusOf(transferId);
    },

    /** Records that a given-up transfer left nothing in the Crown Court store. */
    markRolledBack: async (transferId: string, at: string): Promise<void> => {
      await db
        .updateTable('crownTransfer')
        .set({ status: 'ROLLED_BACK', updatedAt: at })
        .where('transferId', '=', transferId)
        .where('status', '=', 'ABANDONED')
        .execute();
    },
  };
}

/** The magistrates' side of transfers; a test may wrap it to inject faults (see buildCourts). */
export type MagistratesTransferStore = ReturnType<typeof createMagistratesTransferStore>;
