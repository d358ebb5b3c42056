import type { Kysely } from 'kysely';
import { fixedStatement, type StoreDialect } from '@lib/store/fixedStatement';
import type { HeldOrder, RenewalChanges, VisitingOrderTable, VisitsTables } from './visitsTables';

// The ledger's statements a booking runs, each built and compiled once.

const availableOrders = fixedStatement((db: Kysely<VisitsTables>, v: { prisonNumber: string }) =>
  db
    .selectFrom('visitingOrder')
    .select(['visitingOrderId', 'kind', 'givenOn', 'lapsesOn'])
    .where('prisonNumber', '=', v.prisonNumber)
    .where('status', '=', 'AVAILABLE')
    .orderBy('givenOn'),
);

const useOrder = fixedStatement(
  (db: Kysely<VisitsTables>, v: { visitingOrderId: number; visitReference: string }) =>
    db
      .updateTable('visitingOrder')
      .set({ status: 'USED', visitReference: v.visitReference })
      .where('visitingOrderId', '=', v.visitingOrderId)
      .where('status', '=', 'AVAILABLE'),
);

/** The orders of one prisoner, read and changed inside a booking's, cancellation's or grant's transaction. */
export function visitingOrderStatements(trx: Kysely<VisitsTables>, dialect: StoreDialect) {
  return {
    /** The prisoner's orders free to book with, oldest first. */
    available: async (prisonNumber: string): Promise<HeldOrder[]> =>
      (await availableOrders(trx, dialect, { prisonNumber })).rows.map((row) => ({
        id: row.visitingOrderId,
        kind: row.kind,
        givenOn: row.givenOn,
        lapsesOn: row.lapsesOn,
      })),

    /** Writes what a renewal changed: orders given (those already lapsed again as LAPSED), orders lapsed. */
    async saveRenewal(prisonNumber: string, renewed: RenewalChanges): Promise<void> {
      const lapsedOn = new Map(renewed.lapsed.map(({ order, on }) => [order, on]));
      if (renewed.given.length > 0) {
        await trx
          .insertInto('visitingOrder')
          .values(
            renewed.given.map((order) => ({
              prisonNumber,
              kind: order.kind,
              givenOn: order.givenOn,
              lapsesOn: order.lapsesOn,
              status: lapsedOn.has(order) ? ('LAPSED' as const) : ('AVAILABLE' as const),
              lapsedOn: lapsedOn.get(order) ?? null,
            })),
          )
          .execute();
      }
      for (const { order, on } of renewed.lapsed) {
        if (order.id === null) continue;
        await trx
          .updateTable('visitingOrder')
          .set({ status: 'LAPSED', lapsedOn: on })
          .where('visitingOrderId', '=', order.id)
          .execute();
      }
      await trx
        .updateTable('visitingEntitlement')
        .set({ renewedOn: renewed.renewedOn, allowanceStarted: 1 })
        .where('prisonNumber', '=', prisonNumber)
        .execute();
    },

    /** Marks an order used by a visit; false if it was not free. */
    use: async (visitingOrderId: number, visitReference: string): Promise<boolean> =>
      Number((await useOrder(trx, dialect, { visitingOrderId, visitReference })).numAffectedRows ?? 0) === 1,

    /** The privileged order a member of staff granted with a key, if they did. */
    grantMadeWith: (grantedBy: string, idempotencyKey: string) =>
      trx
        .selectFrom('visitingOrder')
        .select(['prisonNumber', 'grantReason'])
        .where('grantedBy', '=', grantedBy)
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst(),

    /** Records a privileged order granted by staff, free to book with. */
    grant: async (
      order: Pick<HeldOrder, 'kind' | 'givenOn' | 'lapsesOn'> &
        Pick<VisitingOrderTable, 'prisonNumber' | 'grantedBy' | 'grantReason' | 'idempotencyKey'>,
    ): Promise<void> => {
      await trx
        .insertInto('visitingOrder')
        .values({
          prisonNumber: order.prisonNumber,
          kind: order.kind,
          givenOn: order.givenOn,
          lapsesOn: order.lapsesOn,
          status: 'AVAILABLE',
          grantedBy: order.grantedBy,
          grantReason: order.grantReason,
          idempotencyKey: order.idempotencyKey,
        })
        .execute();
    },

    /** Gives back the orders used by visits cancelled or lapsed: each is free again, with its own lapse date. */
    async giveBack(visitReferences: readonly string[]): Promise<void> {
      if (visitReferences.length === 0) return;
      await trx
        .updateTable('visitingOrder')
        .set({ status: 'AVAILABLE', visitReference: null })
        .where('visitReference', 'in', visitReferences)
        .where('status', '=', 'USED')
        .execute();
    },
  };
}

/** The ledger statements of a transaction. */
export type VisitingOrderStatements = ReturnType<typeof visitingOrderStatements>;
