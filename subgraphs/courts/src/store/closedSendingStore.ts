import type { Kysely } from 'kysely';
import type { ClosedSendingTable, MagistratesTables } from './magistratesTables';

/** A sending to record as closed: returned by the Crown Court, or withdrawn. */
export type SendingToClose = Omit<ClosedSendingTable, 'closedSendingId'>;

/**
 * The magistrates' side of a sending that ended: the case comes back to the magistrates' list. One transaction,
 * conditional throughout, so that recording it again (a repeated request, recovery) changes nothing.
 */
export function createClosedSendingStore(db: Kysely<MagistratesTables>) {
  return {
    /**
     * Records the closed sending with its reason, unlinks the case from the Crown Court case (it has no result
     * in the magistrates' court again, and can be sent again) and closes its transfer, if it was sent by one.
     */
    recordClosed: (closed: SendingToClose): Promise<void> =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('closedSending')
          .values(closed)
          .onConflict((conflict) =>
            conflict.columns(['urn', 'crownCourtCode', 'crownCaseNumber']).doNothing(),
          )
          .execute();
        await trx
          .updateTable('magistratesCase')
          .set({ sentToCrownCourtCode: null, sentToCrownCaseNumber: null, outcome: null })
          .where('urn', '=', closed.urn)
          .where('sentToCrownCourtCode', '=', closed.crownCourtCode)
          .where('sentToCrownCaseNumber', '=', closed.crownCaseNumber)
          .execute();
        await trx
          .updateTable('crownTransfer')
          .set({ status: closed.kind, updatedAt: closed.closedAt })
          .where('urn', '=', closed.urn)
          .where('crownCourtCode', '=', closed.crownCourtCode)
          .where('crownCaseNumber', '=', closed.crownCaseNumber)
          .where('status', '=', 'COMPLETED')
          .execute();
      }),

    /** The closed sendings of these cases, oldest first. */
    closedSendingsOf: (urns: readonly string[]) =>
      db
        .selectFrom('closedSending')
        .selectAll()
        .where('urn', 'in', urns)
        .orderBy('closedAt')
        .orderBy('closedSendingId')
        .execute(),
  };
}

/** The magistrates' record of sendings that ended. */
export type ClosedSendingStore = ReturnType<typeof createClosedSendingStore>;
