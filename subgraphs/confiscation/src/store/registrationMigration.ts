import type { Kysely } from 'kysely';

/** The series the enforcement system's account numbers are in: 25, seven digits, a check letter (250001234C). */
export const ACCOUNT_NUMBER_SERIES = '25';

/**
 * Migration 005: orders recorded through the graph, and the account numbers they are given. An order keeps who
 * recorded it, when, and the caller's idempotency key (all empty for orders loaded in bulk). Account numbers are
 * allocated from a counter per series, one row that each recording locks, so that two clerks at once get two
 * numbers and one of two identical orders is refused. The counter is made by the first recording (a table of counters
 * holds no data to copy or seed), from the series' first number; a number an order already has is passed over.
 */
export async function addOrderRegistration(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('confiscation_order').addColumn('idempotency_key', 'varchar(100)').execute();
  await db.schema.alterTable('confiscation_order').addColumn('recorded_by', 'varchar(200)').execute();
  await db.schema.alterTable('confiscation_order').addColumn('recorded_at', 'varchar(30)').execute();
  await db.schema
    .createIndex('confiscation_order_idempotency_key')
    .on('confiscation_order')
    .column('idempotency_key')
    .unique()
    .execute();
  await db.schema
    .createTable('account_number_series')
    .addColumn('series', 'varchar(2)', (column) => column.primaryKey())
    .addColumn('next_serial', 'integer', (column) => column.notNull())
    .execute();
}
