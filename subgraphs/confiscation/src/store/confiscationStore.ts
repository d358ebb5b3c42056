import { sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { ConfiscationTables } from './confiscationTables';

/** The confiscation store: every read takes a list of keys and runs one statement, for batching. */
export function createConfiscationStore({ db }: StoreDatabase<ConfiscationTables>) {
  return {
    findOrdersByPncIds: (pncIds: readonly string[]) =>
      db
        .selectFrom('confiscationOrder')
        .selectAll()
        .where('defendantPncId', 'in', pncIds)
        .orderBy('orderedOn')
        .orderBy('accountNumber')
        .execute(),

    findOrdersByAccountNumbers: (accountNumbers: readonly string[]) =>
      db.selectFrom('confiscationOrder').selectAll().where('accountNumber', 'in', accountNumbers).execute(),

    findPaymentsByAccountNumbers: (accountNumbers: readonly string[]) =>
      db
        .selectFrom('payment')
        .selectAll()
        .where('accountNumber', 'in', accountNumbers)
        .orderBy('paidOn')
        .orderBy('paymentId')
        .execute(),

    /** Fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The confiscation store's interface; an adapter for the real enforcement system would implement the same. */
export type ConfiscationStore = ReturnType<typeof createConfiscationStore>;
