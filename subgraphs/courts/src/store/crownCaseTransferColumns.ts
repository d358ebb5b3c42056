import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { rebuildSqliteTable } from '@lib/store/rebuildSqliteTable';

/** The crown_case columns as migration 001 made them, in order: what a rebuild copies across. */
const FIRST_COLUMNS = [
  'case_number',
  'urn',
  'court_code',
  'sending_type',
  'committing_court_code',
  'received_on',
  'defendant_first_name',
  'defendant_last_name',
  'defendant_date_of_birth',
  'defendant_pnc_id',
  'defendant_cro_number',
  'outcome',
  'custodial_sentence_months',
  'confiscation_amount_pence',
  'confiscation_ordered_on',
];

const DEFENDANT_PARTICULARS = ['defendant_first_name', 'defendant_last_name', 'defendant_date_of_birth'];

async function createIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('crown_case_transfer_id')
    .unique()
    .on('crown_case')
    .column('transfer_id')
    .execute();
}

/** PostgreSQL alters columns in place, inside the migration's transaction. */
async function alterOnPostgres(db: Kysely<unknown>): Promise<void> {
  for (const column of DEFENDANT_PARTICULARS) {
    await sql`alter table crown_case alter column ${sql.ref(column)} drop not null`.execute(db);
  }
  await db.schema.alterTable('crown_case').addColumn('transfer_id', 'varchar(36)').execute();
  await db.schema.alterTable('crown_case').addColumn('received_at', 'varchar(30)').execute();
  await createIndexes(db);
}

/**
 * SQLite cannot drop NOT NULL, so the table is rebuilt the way SQLite documents ("making other kinds of table
 * schema changes"): foreign keys off, then in one transaction create the new table, copy, drop, rename, index
 * and check the foreign keys. Kysely runs SQLite migrations outside a transaction, so this one brings its own;
 * a rebuild already done (a crash before the migration was recorded) is not done twice.
 */
async function rebuildOnSqlite(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info('crown_case')`.execute(db);
  if (rows.some((row) => row.name === 'transfer_id')) return;
  await rebuildSqliteTable(db, {
    table: 'crown_case',
    shape: (table) =>
      table
        .addColumn('case_number', 'varchar(9)', (column) => column.primaryKey())
        .addColumn('urn', 'varchar(11)')
        .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('sending_type', 'varchar(30)', (column) => column.notNull())
        .addColumn('committing_court_code', 'varchar(7)')
        .addColumn('received_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('defendant_first_name', 'varchar(100)')
        .addColumn('defendant_last_name', 'varchar(100)')
        .addColumn('defendant_date_of_birth', 'varchar(10)')
        .addColumn('defendant_pnc_id', 'varchar(16)')
        .addColumn('defendant_cro_number', 'varchar(16)')
        .addColumn('outcome', 'varchar(20)')
        .addColumn('custodial_sentence_months', 'integer')
        .addColumn('confiscation_amount_pence', 'bigint')
        .addColumn('confiscation_ordered_on', 'varchar(10)')
        .addColumn('transfer_id', 'varchar(36)')
        .addColumn('received_at', 'varchar(30)'),
    columns: FIRST_COLUMNS,
    indexes: async () => {
      await db.schema.createIndex('crown_case_pnc_id').on('crown_case').column('defendant_pnc_id').execute();
      await db.schema.createIndex('crown_case_urn').on('crown_case').column('urn').execute();
      await createIndexes(db);
    },
  });
}

/**
 * Readies crown_case for digital transfers: the defendant's particulars become optional (a transferred case
 * reads them from the magistrates' record through the URN instead of copying them), and each case records the
 * transfer that created it (unique, so that creating it again is a no-op) and when it was received.
 */
export async function addTransferColumns(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await alterOnPostgres(db);
  else await rebuildOnSqlite(db);
}
