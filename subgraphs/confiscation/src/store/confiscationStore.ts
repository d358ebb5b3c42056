import { type Kysely, sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { completeOrder } from './completeOrder';
import type { ConfiscationTables } from './confiscationTables';
import { enforcementWrites } from './enforcementWrites';

/** The reads of the confiscation store, on the database or inside a transaction. */
export function confiscationReads(db: Kysely<ConfiscationTables>) {
  return {
    findOrdersByPncIds: async (pncIds: readonly string[]) =>
      (
        await db
          .selectFrom('confiscationOrder')
          .selectAll()
          .where('defendantPncId', 'in', pncIds)
          .orderBy('orderedOn')
          .orderBy('accountNumber')
          .execute()
      ).map(completeOrder),

    findOrdersByAccountNumbers: async (accountNumbers: readonly string[]) =>
      (
        await db
          .selectFrom('confiscationOrder')
          .selectAll()
          .where('accountNumber', 'in', accountNumbers)
          .execute()
      ).map(completeOrder),

    findPaymentsByAccountNumbers: (accountNumbers: readonly string[]) =>
      db
        .selectFrom('payment')
        .selectAll()
        .where('accountNumber', 'in', accountNumbers)
        .orderBy('paidOn')
        .orderBy('paymentId')
        .execute(),

    findActionsByAccountNumbers: (accountNumbers: readonly string[]) =>
      db
        .selectFrom('enforcementAction')
        .selectAll()
        .where('accountNumber', 'in', accountNumbers)
        .orderBy('takenOn')
        .orderBy('actionId')
        .execute(),
  };
}

/** The confiscation store: every read by key takes a list of keys and runs one statement, for batching. */
export function createConfiscationStore(database: StoreDatabase<ConfiscationTables>) {
  const { db } = database;
  return {
    ...confiscationReads(db),
    ...enforcementWrites(database),

    /** A page of orders in account-number order, after an account number (or from the start). */
    findOrdersPage: async (after: string | null, limit: number) =>
      (
        await db
          .selectFrom('confiscationOrder')
          .selectAll()
          .$if(after !== null, (query) => query.where('accountNumber', '>', after ?? ''))
          .orderBy('accountNumber')
          .limit(limit)
          .execute()
      ).map(completeOrder),

    countOrders: async () =>
      Number(
        (
          await db
            .selectFrom('confiscationOrder')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirst()
        )?.count ?? 0,
      ),

    /** Everything on or before a date, for the analysts' figures: orders, and their payments and actions. */
    findEverythingUpTo: async (asOf: string) => {
      const [orders, payments, actions] = await Promise.all([
        db.selectFrom('confiscationOrder').selectAll().where('orderedOn', '<=', asOf).execute(),
        db
          .selectFrom('payment')
          .selectAll()
          .where('paidOn', '<=', asOf)
          .orderBy('paidOn')
          .orderBy('paymentId')
          .execute(),
        db
          .selectFrom('enforcementAction')
          .selectAll()
          .where('takenOn', '<=', asOf)
          .orderBy('takenOn')
          .orderBy('actionId')
          .execute(),
      ]);
      return { orders: orders.map(completeOrder), payments, actions };
    },

    /** Fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The confiscation store's interface; an adapter for the real enforcement system would implement the same. */
export type ConfiscationStore = ReturnType<typeof createConfiscationStore>;
