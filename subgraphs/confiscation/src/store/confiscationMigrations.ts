import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

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
};
