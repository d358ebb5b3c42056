import { type Kysely, type Migration, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/**
 * Visiting orders one by one, as the visit allocation service keeps them: each given on a date (at a renewal of
 * the allowance, or granted by staff), then used by one visit, given back by its cancellation, or lapsed. The
 * balance is the orders available; the entitlement row stays the lock every booking takes, and keeps the date of
 * the last renewal and whether the allowance runs at all. The enhanced allowances are a prison's own settings (null: the statutory allowance for all).
 */
export const visitingOrderLedgerMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await addAutoIdColumn(db, db.schema.createTable('visiting_order'), 'visiting_order_id')
      .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
      .addColumn('kind', 'varchar(10)', (column) => column.notNull())
      .addColumn('given_on', 'varchar(10)', (column) => column.notNull())
      .addColumn('lapses_on', 'varchar(10)')
      .addColumn('status', 'varchar(9)', (column) => column.notNull())
      .addColumn('visit_reference', 'varchar(20)')
      .addColumn('lapsed_on', 'varchar(10)')
      .addColumn('granted_by', 'varchar(256)')
      .addColumn('grant_reason', 'varchar(500)')
      .addColumn('idempotency_key', 'varchar(100)')
      .execute();
    // Serves the balance and the choice of the order a booking uses: a prisoner's orders by state, oldest first.
    await db.schema
      .createIndex('visiting_order_balance')
      .on('visiting_order')
      .columns(['prison_number', 'status', 'given_on'])
      .execute();
    // One order per visit: the database's own guard against a visit using two, or two visits one.
    await db.schema
      .createIndex('visiting_order_visit')
      .unique()
      .on('visiting_order')
      .column('visit_reference')
      .where(sql<boolean>`visit_reference is not null`)
      .execute();
    // A grant retried with its key finds the order it gave.
    await db.schema
      .createIndex('visiting_order_grant_key')
      .unique()
      .on('visiting_order')
      .columns(['granted_by', 'idempotency_key'])
      .where(sql<boolean>`idempotency_key is not null`)
      .execute();
    // The balances kept as a count until now become that many orders, given on the date of the last renewal.
    const balances = await sql<{ prison_number: string; visiting_orders: number; renewed_on: string }>`
      select prison_number, visiting_orders, renewed_on from visiting_entitlement where visiting_orders > 0
    `.execute(db);
    for (const balance of balances.rows) {
      for (let order = 0; order < Number(balance.visiting_orders); order += 1) {
        await sql`insert into visiting_order (prison_number, kind, given_on, status)
          values (${balance.prison_number}, 'VISITING', ${balance.renewed_on}, 'AVAILABLE')`.execute(db);
      }
    }
    await db.schema.alterTable('visiting_entitlement').dropColumn('visiting_orders').execute();
    // Whether the prisoner's allowance runs: a row made when a prisoner on remand booked does not, until their first
    // booking as a sentenced prisoner starts it. The rows kept until now had a balance: theirs runs.
    await db.schema
      .alterTable('visiting_entitlement')
      .addColumn('allowance_started', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
    for (const column of [
      'enhanced_visiting_orders_per_period',
      'enhanced_privileged_visiting_orders_per_period',
    ]) {
      await db.schema.alterTable('prison_visit_settings').addColumn(column, 'integer').execute();
    }
  },
};

/** The days a prison closes visits, with why and who closed them. */
export const blockedVisitDatesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('blocked_visit_date')
      .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
      .addColumn('blocked_on', 'varchar(10)', (column) => column.notNull())
      .addColumn('reason', 'varchar(500)', (column) => column.notNull())
      .addColumn('blocked_by', 'varchar(256)', (column) => column.notNull())
      .addColumn('blocked_at', 'varchar(30)', (column) => column.notNull())
      .addPrimaryKeyConstraint('blocked_visit_date_pk', ['prison_code', 'blocked_on'])
      .execute();
  },
};
