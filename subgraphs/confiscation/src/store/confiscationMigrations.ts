import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { requireOrderFindings } from './orderFindingsRequired';
import { addEnforcementWorkflow } from './workflowMigration';
import { addOrderRegistration } from './registrationMigration';
import { addResolutionCentre } from './resolutionCentreMigration';
import { eventOutboxMigrations } from '@lib/events/outboxTables';

/** Confiscation store migrations, applied in name order at start-up. */
export const confiscationMigrations: Record<string, Migration> = {
  '001_orders_and_payments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('confiscation_order')
        .addColumn('account_number', 'varchar(12)', (column) => column.primaryKey())
        .addColumn('crown_court_case_number', 'varchar(9)', (column) => column.notNull())
        .addColumn('defendant_pnc_id', 'varchar(16)')
        .addColumn('ordered_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('amount_ordered_pence', 'bigint', (column) => column.notNull())
        .addColumn('enforcing_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('time_to_pay_ends', 'varchar(10)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('confiscation_order_pnc_id')
        .on('confiscation_order')
        .column('defendant_pnc_id')
        .execute();
      await db.schema
        .createIndex('confiscation_order_case_number')
        .on('confiscation_order')
        .column('crown_court_case_number')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('payment'), 'payment_id')
        .addColumn('account_number', 'varchar(12)', (column) =>
          column.notNull().references('confiscation_order.account_number'),
        )
        .addColumn('paid_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('amount_pence', 'bigint', (column) => column.notNull())
        .addColumn('source', 'varchar(20)', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('payment_account_number').on('payment').column('account_number').execute();
    },
  },
  '002_enforcement': {
    // The order's findings and default term, idempotent payments, and enforcement actions. The new order columns
    // were added nullable (orders keyed before had none); 003 makes them required.
    async up(db: Kysely<unknown>) {
      const orderColumns: [string, 'varchar(7)' | 'bigint' | 'integer'][] = [
        ['crown_court_code', 'varchar(7)'],
        ['benefit_pence', 'bigint'],
        ['available_amount_pence', 'bigint'],
        ['default_sentence_months', 'integer'],
      ];
      // One column per statement: SQLite's ALTER TABLE adds one at a time.
      for (const [name, type] of orderColumns) {
        await db.schema.alterTable('confiscation_order').addColumn(name, type).execute();
      }
      await db.schema.alterTable('payment').addColumn('idempotency_key', 'varchar(100)').execute();
      await db.schema.alterTable('payment').addColumn('recorded_at', 'varchar(30)').execute();
      await db.schema
        .createIndex('payment_idempotency_key')
        .on('payment')
        .column('idempotency_key')
        .unique()
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('enforcement_action'), 'action_id')
        .addColumn('account_number', 'varchar(12)', (column) =>
          column.notNull().references('confiscation_order.account_number'),
        )
        .addColumn('kind', 'varchar(20)', (column) => column.notNull())
        .addColumn('taken_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('outcome', 'varchar(10)', (column) => column.notNull())
        .addColumn('new_amount_pence', 'bigint')
        .addColumn('notes', 'varchar(1000)')
        .addColumn('idempotency_key', 'varchar(100)', (column) => column.unique())
        .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('enforcement_action_account_number')
        .on('enforcement_action')
        .column('account_number')
        .execute();
    },
  },
  '003_order_findings_required': {
    up: requireOrderFindings,
  },
  '004_enforcement_workflow': {
    up: addEnforcementWorkflow,
  },
  '005_order_registration': {
    up: addOrderRegistration,
  },
  '006_resolution_crown_court': {
    up: addResolutionCentre,
  },
  // The events this store announces, recorded with the changes (lib/events); numbered after every other.
  ...eventOutboxMigrations,
};
