import type { Kysely } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/** Columns added to an existing table: SQLite's ALTER TABLE adds one at a time, so one statement each. */
async function addColumns(
  db: Kysely<unknown>,
  table: string,
  columns: readonly [string, 'varchar(10)' | 'varchar(100)' | 'varchar(200)' | 'varchar(1000)' | 'integer'][],
): Promise<void> {
  for (const [name, type] of columns) await db.schema.alterTable(table).addColumn(name, type).execute();
}

/**
 * Migration 004: payment reversals (a reversing entry points at the payment it reverses), results of enforcement
 * actions recorded after the action (due date, result date, who, notes, key), amendments of an order's facts,
 * and the resolutions of discrepancies with the Crown Court's record. Existing rows need nothing: every new
 * column is empty for what was recorded before.
 */
export async function addEnforcementWorkflow(db: Kysely<unknown>): Promise<void> {
  await addColumns(db, 'payment', [
    ['reverses_payment_id', 'integer'],
    ['reason', 'varchar(1000)'],
    ['recorded_by', 'varchar(200)'],
  ]);
  // One reversal per payment, enforced by the store as well as by the service.
  await db.schema
    .createIndex('payment_reverses_payment_id')
    .on('payment')
    .column('reverses_payment_id')
    .unique()
    .execute();
  await addColumns(db, 'enforcement_action', [
    ['due_on', 'varchar(10)'],
    ['outcome_on', 'varchar(10)'],
    ['outcome_recorded_by', 'varchar(200)'],
    ['outcome_notes', 'varchar(1000)'],
    ['outcome_idempotency_key', 'varchar(100)'],
  ]);
  await db.schema
    .createIndex('enforcement_action_outcome_key')
    .on('enforcement_action')
    .column('outcome_idempotency_key')
    .unique()
    .execute();
  await db.schema
    .createIndex('enforcement_action_pending_due')
    .on('enforcement_action')
    .columns(['outcome', 'due_on'])
    .execute();
  await addAutoIdColumn(db, db.schema.createTable('order_amendment'), 'amendment_id')
    .addColumn('account_number', 'varchar(12)', (column) =>
      column.notNull().references('confiscation_order.account_number'),
    )
    .addColumn('cause', 'varchar(30)', (column) => column.notNull())
    .addColumn('changes', 'varchar(2000)', (column) => column.notNull())
    .addColumn('reason', 'varchar(1000)', (column) => column.notNull())
    .addColumn('amended_by', 'varchar(200)', (column) => column.notNull())
    .addColumn('amended_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('idempotency_key', 'varchar(100)', (column) => column.unique())
    .execute();
  await db.schema
    .createIndex('order_amendment_account_number')
    .on('order_amendment')
    .column('account_number')
    .execute();
  await addAutoIdColumn(db, db.schema.createTable('discrepancy_resolution'), 'resolution_id')
    .addColumn('account_number', 'varchar(12)', (column) =>
      column.notNull().references('confiscation_order.account_number'),
    )
    .addColumn('kind', 'varchar(30)', (column) => column.notNull())
    .addColumn('field', 'varchar(40)', (column) => column.notNull())
    .addColumn('enforcement_value', 'varchar(40)')
    .addColumn('court_value', 'varchar(40)')
    .addColumn('court_record', 'varchar(12)')
    .addColumn('resolution', 'varchar(20)', (column) => column.notNull())
    .addColumn('reason', 'varchar(1000)', (column) => column.notNull())
    .addColumn('resolved_by', 'varchar(200)', (column) => column.notNull())
    .addColumn('resolved_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('amendment_id', 'integer', (column) => column.references('order_amendment.amendment_id'))
    .addColumn('court_correction_id', 'varchar(40)')
    .addColumn('idempotency_key', 'varchar(100)', (column) => column.notNull().unique())
    .execute();
  await db.schema
    .createIndex('discrepancy_resolution_account_number')
    .on('discrepancy_resolution')
    .column('account_number')
    .execute();
}
