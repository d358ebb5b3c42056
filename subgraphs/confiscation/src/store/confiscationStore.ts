import { type Kysely, sql } from 'kysely';
import { statementForKeys, type StoreDialect } from '@lib/store/fixedStatement';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { ConfiscationTables } from './confiscationTables';
import { enforcementWrites } from './enforcementWrites';
import { orderRegistration } from './orderRegistration';
import { workflowReads } from './workflowReads';

// The look-ups by key of the per-request loaders, each compiled once per length of key list.
const ordersByPncIds = statementForKeys((db: Kysely<ConfiscationTables>, pncIds: readonly string[]) =>
  db
    .selectFrom('confiscationOrder')
    .selectAll()
    .where('defendantPncId', 'in', pncIds)
    .orderBy('orderedOn')
    .orderBy('accountNumber'),
);

const ordersByAccountNumbers = statementForKeys(
  (db: Kysely<ConfiscationTables>, accountNumbers: readonly string[]) =>
    db.selectFrom('confiscationOrder').selectAll().where('accountNumber', 'in', accountNumbers),
);

const paymentsByAccountNumbers = statementForKeys(
  (db: Kysely<ConfiscationTables>, accountNumbers: readonly string[]) =>
    db
      .selectFrom('payment')
      .selectAll()
      .where('accountNumber', 'in', accountNumbers)
      .orderBy('paidOn')
      .orderBy('paymentId'),
);

const actionsByAccountNumbers = statementForKeys(
  (db: Kysely<ConfiscationTables>, accountNumbers: readonly string[]) =>
    db
      .selectFrom('enforcementAction')
      .selectAll()
      .where('accountNumber', 'in', accountNumbers)
      .orderBy('takenOn')
      .orderBy('actionId'),
);

/** The reads of the confiscation store by lists of keys. */
export function confiscationReads(db: Kysely<ConfiscationTables>, dialect: StoreDialect) {
  return {
    findOrdersByPncIds: async (pncIds: readonly string[]) => await ordersByPncIds(db, dialect, pncIds),

    findOrdersByAccountNumbers: async (accountNumbers: readonly string[]) =>
      await ordersByAccountNumbers(db, dialect, accountNumbers),

    findPaymentsByAccountNumbers: (accountNumbers: readonly string[]) =>
      paymentsByAccountNumbers(db, dialect, accountNumbers),

    findActionsByAccountNumbers: (accountNumbers: readonly string[]) =>
      actionsByAccountNumbers(db, dialect, accountNumbers),
  };
}

/** The confiscation store: every read by key takes a list of keys and runs one statement, for batching. */
export function createConfiscationStore(database: StoreDatabase<ConfiscationTables>) {
  const { db, dialect } = database;
  return {
    ...confiscationReads(db, dialect),
    ...enforcementWrites(database),
    ...orderRegistration(database),
    ...workflowReads(db, dialect),

    /** A page of orders in account-number order, after an account number (or from the start). */
    findOrdersPage: async (after: string | null, limit: number) =>
      await db
        .selectFrom('confiscationOrder')
        .selectAll()
        .$if(after !== null, (query) => query.where('accountNumber', '>', after ?? ''))
        .orderBy('accountNumber')
        .limit(limit)
        .execute(),

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
      return { orders: orders, payments, actions };
    },

    /** Fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The confiscation store's interface; an adapter for the real enforcement system would implement the same. */
export type ConfiscationStore = ReturnType<typeof createConfiscationStore>;
