import type { Insertable, Selectable, Transaction } from 'kysely';
import { recordEvent, type EventToRecord } from '@lib/events/recordEvent';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type {
  ConfiscationOrderTable,
  Order,
  ConfiscationTables,
  EnforcementActionTable,
  PaymentTable,
} from './confiscationTables';
import { workflowUnit } from './workflowWrites';

/** A payment as stored. */
export type PaymentRow = Selectable<PaymentTable>;
/** An enforcement action as stored. */
export type ActionRow = Selectable<EnforcementActionTable>;

/** What a write sees of one order inside its transaction: the order, its ledger, and the inserts. */
function ledgerUnit(trx: Transaction<ConfiscationTables>, accountNumber: string, order: Order | null) {
  return {
    order,
    payments: () =>
      trx
        .selectFrom('payment')
        .selectAll()
        .where('accountNumber', '=', accountNumber)
        .orderBy('paidOn')
        .orderBy('paymentId')
        .execute(),
    actions: () =>
      trx
        .selectFrom('enforcementAction')
        .selectAll()
        .where('accountNumber', '=', accountNumber)
        .orderBy('takenOn')
        .orderBy('actionId')
        .execute(),
    paymentByKey: (key: string) =>
      trx.selectFrom('payment').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),
    actionByKey: (key: string) =>
      trx.selectFrom('enforcementAction').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),
    insertPayment: (row: Insertable<PaymentTable>) =>
      trx.insertInto('payment').values(row).returningAll().executeTakeFirstOrThrow(),
    insertAction: (row: Insertable<EnforcementActionTable>) =>
      trx.insertInto('enforcementAction').values(row).returningAll().executeTakeFirstOrThrow(),
    ...workflowUnit(trx, accountNumber),
    /** Announces what the write did, in its transaction (lib/events). */
    recordEvent: (event: EventToRecord) => recordEvent(trx, event),
  };
}

/** One order's ledger inside a write transaction. */
export type LedgerUnit = ReturnType<typeof ledgerUnit>;

/** The confiscation store's writes: each runs in one transaction. */
export function enforcementWrites({ db, dialect }: StoreDatabase<ConfiscationTables>) {
  return {
    /**
     * Runs `work` in one transaction over an order's ledger. On PostgreSQL the order's row is locked first, so
     * that two payments to one order are checked against the balance one after the other; SQLite runs one write
     * transaction at a time anyway.
     */
    withOrderLedger: <Result>(accountNumber: string, work: (unit: LedgerUnit) => Promise<Result>) =>
      db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('confiscationOrder')
          .selectAll()
          .where('accountNumber', '=', accountNumber)
          .$if(dialect === 'postgres', (query) => query.forUpdate())
          .executeTakeFirst();
        return work(ledgerUnit(trx, accountNumber, row ?? null));
      }),

    /** The order an enforcement action was taken on, for a write that names the action alone. */
    accountOfAction: async (actionId: number) =>
      (
        await db
          .selectFrom('enforcementAction')
          .select('accountNumber')
          .where('actionId', '=', actionId)
          .executeTakeFirst()
      )?.accountNumber ?? null,

    /** Keys in orders (loading from another system, or test data), in one transaction. */
    insertOrders: async (rows: readonly Insertable<ConfiscationOrderTable>[]) => {
      if (rows.length === 0) return;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('confiscationOrder')
          .values([...rows])
          .execute();
      });
    },
  };
}
