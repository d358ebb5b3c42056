import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { rebuildSqliteTables, type SqliteTableRebuild } from '@lib/store/rebuildSqliteTable';
import { createNameSearchIndex } from './nameSearchIndex';

/** The tables that name a Crown Court case, and the column each gains for the court code of its centre. */
const CASE_REFERENCES = [
  { table: 'crown_hearing', column: 'case_court_code', foreignKey: true },
  { table: 'crown_case_state', column: 'court_code', foreignKey: true },
  { table: 'crown_case_event', column: 'court_code', foreignKey: true },
  // No foreign key, as before: the service checks the case.
  { table: 'crown_record_correction', column: 'court_code', foreignKey: false },
] as const;

/** The court code of the case a row names: case numbers were unique nationally until now, so one case has it. */
function courtCodeOfCase(table: string): RawBuilder<unknown> {
  return sql`(select crown_case.court_code from crown_case where crown_case.case_number = ${sql.ref(`${table}.case_number`)})`;
}

/** The indexes by case number that the reads by number (one centre's or every centre's) seek. */
async function createCaseNumberIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('crown_case_case_number').on('crown_case').column('case_number').execute();
}

/**
 * PostgreSQL changes the keys in place, inside the migration's transaction: each table naming a case gains its
 * centre's court code, then crown_case's primary key becomes (court code, case number) (dropping it drops the
 * foreign keys that named it), and the foreign keys are made again on both columns.
 */
async function alterOnPostgres(db: Kysely<unknown>): Promise<void> {
  for (const { table, column } of CASE_REFERENCES) {
    await db.schema.alterTable(table).addColumn(column, 'varchar(7)').execute();
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${courtCodeOfCase(table)}`.execute(db);
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} set not null`.execute(db);
  }
  await sql`alter table crown_case drop constraint crown_case_pkey cascade`.execute(db);
  await sql`alter table crown_case add constraint crown_case_pkey primary key (court_code, case_number)`.execute(
    db,
  );
  await createCaseNumberIndexes(db);
  await sql`alter table crown_case_state drop constraint crown_case_state_pkey`.execute(db);
  await sql`alter table crown_case_state add constraint crown_case_state_pkey primary key (court_code, case_number)`.execute(
    db,
  );
  for (const { table, column, foreignKey } of CASE_REFERENCES) {
    if (!foreignKey) continue;
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_case_fkey`)} foreign key (${sql.ref(column)}, case_number) references crown_case (court_code, case_number)`.execute(
      db,
    );
  }
}

/** crown_case with its primary key on (court code, case number); its columns and indexes as before. */
const crownCaseRebuild = (db: Kysely<unknown>): SqliteTableRebuild => ({
  table: 'crown_case',
  shape: (table) =>
    table
      .addColumn('case_number', 'varchar(9)', (column) => column.notNull())
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
      .addColumn('received_at', 'varchar(30)')
      .addPrimaryKeyConstraint('crown_case_pkey', ['court_code', 'case_number']),
  columns: [
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
    'transfer_id',
    'received_at',
  ],
  indexes: async () => {
    await db.schema.createIndex('crown_case_pnc_id').on('crown_case').column('defendant_pnc_id').execute();
    await db.schema.createIndex('crown_case_urn').on('crown_case').column('urn').execute();
    await db.schema
      .createIndex('crown_case_transfer_id')
      .unique()
      .on('crown_case')
      .column('transfer_id')
      .execute();
    await createNameSearchIndex(db, 'crown_case');
    await createCaseNumberIndexes(db);
  },
});

/** crown_hearing with the court code of its case's centre, and its foreign key on both. */
const crownHearingRebuild = (db: Kysely<unknown>): SqliteTableRebuild => ({
  table: 'crown_hearing',
  shape: (table) =>
    addAutoIdColumn(db, table, 'hearing_id')
      .addColumn('case_number', 'varchar(9)', (column) => column.notNull())
      .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
      .addColumn('starts_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('type', 'varchar(30)', (column) => column.notNull())
      .addColumn('outcome', 'varchar(20)')
      .addColumn('case_court_code', 'varchar(7)', (column) => column.notNull())
      .addForeignKeyConstraint('crown_hearing_case_fkey', ['case_court_code', 'case_number'], 'crown_case', [
        'court_code',
        'case_number',
      ]),
  columns: ['hearing_id', 'case_number', 'court_code', 'starts_at', 'type', 'outcome'],
  derived: { case_court_code: courtCodeOfCase('crown_hearing') },
  indexes: async () => {
    await db.schema
      .createIndex('crown_hearing_case_number')
      .on('crown_hearing')
      .column('case_number')
      .execute();
  },
});

/** crown_case_state keyed by (court code, case number). */
const crownCaseStateRebuild = (db: Kysely<unknown>): SqliteTableRebuild => ({
  table: 'crown_case_state',
  shape: (table) =>
    table
      .addColumn('case_number', 'varchar(9)', (column) => column.notNull())
      .addColumn('status', 'varchar(12)', (column) => column.notNull())
      .addColumn('reason', 'varchar(500)')
      .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('magistrates_informed_at', 'varchar(30)')
      .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
      .addPrimaryKeyConstraint('crown_case_state_pkey', ['court_code', 'case_number'])
      .addForeignKeyConstraint('crown_case_state_case_fkey', ['court_code', 'case_number'], 'crown_case', [
        'court_code',
        'case_number',
      ]),
  columns: ['case_number', 'status', 'reason', 'updated_at', 'magistrates_informed_at'],
  derived: { court_code: courtCodeOfCase('crown_case_state') },
  indexes: async () => {
    await db.schema
      .createIndex('crown_case_state_owed')
      .on('crown_case_state')
      .columns(['status', 'magistrates_informed_at'])
      .execute();
  },
});

/** crown_case_event with the court code of its case's centre, and its foreign key on both. */
const crownCaseEventRebuild = (db: Kysely<unknown>): SqliteTableRebuild => ({
  table: 'crown_case_event',
  shape: (table) =>
    addAutoIdColumn(db, table, 'event_id')
      .addColumn('case_number', 'varchar(9)', (column) => column.notNull())
      .addColumn('kind', 'varchar(20)', (column) => column.notNull())
      .addColumn('occurred_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('made_by', 'varchar(200)')
      .addColumn('reason', 'varchar(500)')
      .addColumn('hearing_id', 'integer')
      .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
      .addForeignKeyConstraint('crown_case_event_case_fkey', ['court_code', 'case_number'], 'crown_case', [
        'court_code',
        'case_number',
      ]),
  columns: ['event_id', 'case_number', 'kind', 'occurred_at', 'made_by', 'reason', 'hearing_id'],
  derived: { court_code: courtCodeOfCase('crown_case_event') },
  indexes: async () => {
    await db.schema
      .createIndex('crown_case_event_case_number')
      .on('crown_case_event')
      .column('case_number')
      .execute();
  },
});

/** crown_record_correction with the court code of its case's centre. */
const crownRecordCorrectionRebuild = (db: Kysely<unknown>): SqliteTableRebuild => ({
  table: 'crown_record_correction',
  shape: (table) =>
    addAutoIdColumn(db, table, 'correction_id')
      .addColumn('case_number', 'varchar(20)', (column) => column.notNull())
      .addColumn('field', 'varchar(30)', (column) => column.notNull())
      .addColumn('recorded_value', 'varchar(40)')
      .addColumn('correct_value', 'varchar(40)', (column) => column.notNull())
      .addColumn('reason', 'varchar(1000)', (column) => column.notNull())
      .addColumn('account_number', 'varchar(12)', (column) => column.notNull())
      .addColumn('requested_by', 'varchar(200)', (column) => column.notNull())
      .addColumn('requested_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('request_reference', 'varchar(100)', (column) => column.notNull().unique())
      .addColumn('status', 'varchar(10)', (column) => column.notNull())
      .addColumn('completed_by', 'varchar(200)')
      .addColumn('completed_at', 'varchar(30)')
      .addColumn('completion_note', 'varchar(1000)')
      .addColumn('court_code', 'varchar(7)', (column) => column.notNull()),
  columns: [
    'correction_id',
    'case_number',
    'field',
    'recorded_value',
    'correct_value',
    'reason',
    'account_number',
    'requested_by',
    'requested_at',
    'request_reference',
    'status',
    'completed_by',
    'completed_at',
    'completion_note',
  ],
  derived: { court_code: courtCodeOfCase('crown_record_correction') },
  indexes: async () => {
    await db.schema
      .createIndex('crown_record_correction_status')
      .on('crown_record_correction')
      .columns(['status', 'correction_id'])
      .execute();
  },
});

/**
 * SQLite cannot change a primary key in place: crown_case and every table naming a case are rebuilt together, in
 * one transaction (lib/store/rebuildSqliteTable.ts), crown_case first so that the others' new foreign keys name its
 * new key. A rebuild already done (a crash before the migration was recorded) is not done twice.
 */
async function rebuildOnSqlite(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    name: string;
  }>`select name from pragma_table_info('crown_case_state')`.execute(db);
  if (rows.some((row) => row.name === 'court_code')) return;
  await rebuildSqliteTables(db, [
    crownCaseRebuild(db),
    crownHearingRebuild(db),
    crownCaseStateRebuild(db),
    crownCaseEventRebuild(db),
    crownRecordCorrectionRebuild(db),
  ]);
}

/**
 * Crown Court migration 011: case numbers per centre. The Crown Court numbers cases per centre and year, so a
 * case is named by its centre's court code and its number: crown_case's primary key becomes (court_code,
 * case_number), and the hearings, states, timeline events and record corrections that name a case gain its court
 * code. Existing numbers were issued nationally, so each names one case and its rows take that case's court code.
 */
export async function keyCasesByCentre(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await alterOnPostgres(db);
  else await rebuildOnSqlite(db);
}
