import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { rebuildSqliteTable } from '@lib/store/rebuildSqliteTable';

/** The order's findings that migration 002 added as optional columns and every order now has. */
const FINDINGS = ['crown_court_code', 'benefit_pence', 'available_amount_pence', 'default_sentence_months'];

/** The confiscation_order columns as migrations 001 and 002 made them, in order: what a rebuild copies across. */
const COLUMNS = [
  'account_number',
  'crown_court_case_number',
  'defendant_pnc_id',
  'ordered_on',
  'amount_ordered_pence',
  'enforcing_court_code',
  'time_to_pay_ends',
  ...FINDINGS,
];

/**
 * Refuses to go on when an order lacks a finding: the store has no source for it, and making one up is the
 * seed's job (or the enforcement system's, keying it), never a migration's.
 */
async function requireNoGaps(db: Kysely<unknown>): Promise<void> {
  const missing = sql.join(
    FINDINGS.map((column) => sql`${sql.ref(column)} is null`),
    sql` or `,
  );
  const { rows } = await sql<{
    count: number | string;
  }>`select count(*) as count from confiscation_order where ${missing}`.execute(db);
  const count = Number(rows[0]?.count ?? 0);
  if (count > 0) {
    throw new Error(
      `${count} confiscation order(s) lack their Crown Court, benefit, available amount or default term; ` +
        'the store does not invent them: key them in, or reseed with npm run seed -- --force',
    );
  }
}

async function createIndexes(db: Kysely<unknown>): Promise<void> {
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
}

/**
 * SQLite cannot add NOT NULL to a column, so the table is rebuilt the way SQLite documents (as crown_case's is,
 * in courts' crownCaseTransferColumns.ts): foreign keys off (payments and actions point at the orders), then in
 * one transaction create, copy, drop, rename, index and check the foreign keys.
 */
async function rebuildOnSqlite(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    name: string;
    notnull: number;
  }>`select name, "notnull" from pragma_table_info('confiscation_order')`.execute(db);
  if (rows.some((row) => row.name === 'benefit_pence' && row.notnull === 1)) return;
  await rebuildSqliteTable(db, {
    table: 'confiscation_order',
    before: () => requireNoGaps(db),
    shape: (table) =>
      table
        .addColumn('account_number', 'varchar(12)', (column) => column.primaryKey())
        .addColumn('crown_court_case_number', 'varchar(9)', (column) => column.notNull())
        .addColumn('defendant_pnc_id', 'varchar(16)')
        .addColumn('ordered_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('amount_ordered_pence', 'bigint', (column) => column.notNull())
        .addColumn('enforcing_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('time_to_pay_ends', 'varchar(10)', (column) => column.notNull())
        .addColumn('crown_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('benefit_pence', 'bigint', (column) => column.notNull())
        .addColumn('available_amount_pence', 'bigint', (column) => column.notNull())
        .addColumn('default_sentence_months', 'integer', (column) => column.notNull()),
    columns: COLUMNS,
    indexes: () => createIndexes(db),
  });
}

/**
 * Makes an order's findings (its Crown Court, benefit, available amount and default term) required: every order
 * is keyed with them, and the store serves them as stored. Fails, naming the count, on orders without them.
 */
export async function requireOrderFindings(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return rebuildOnSqlite(db);
  await requireNoGaps(db);
  for (const column of FINDINGS) {
    await sql`alter table confiscation_order alter column ${sql.ref(column)} set not null`.execute(db);
  }
}
