import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { contentStoredAtMigration } from '../documents/contentStoredAtMigration';
import { documentStoreMigration } from '../documents/documentStoreMigration';
import { addDefendantFoldedNames } from './defendantFoldedNamesMigration';
import { createNameSearchIndex } from './nameSearchIndex';
import { addSentToCrownCourtCode } from './sentToCrownCourtCodeMigration';
import { eventOutboxMigrations } from '@lib/events/outboxTables';

/** Magistrates' courts store migrations, applied in name order at start-up. */
export const magistratesMigrations: Record<string, Migration> = {
  '001_cases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('magistrates_case')
        .addColumn('urn', 'varchar(11)', (column) => column.primaryKey())
        .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('defendant_first_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('defendant_last_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('defendant_date_of_birth', 'varchar(10)', (column) => column.notNull())
        .addColumn('defendant_pnc_id', 'varchar(16)')
        .addColumn('defendant_cro_number', 'varchar(16)')
        .addColumn('charged_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('allocation_decision', 'varchar(20)')
        .addColumn('bail_status', 'varchar(20)', (column) => column.notNull())
        .addColumn('outcome', 'varchar(20)')
        .addColumn('sent_to_crown_case_number', 'varchar(9)')
        .execute();
      await db.schema
        .createIndex('magistrates_case_pnc_id')
        .on('magistrates_case')
        .column('defendant_pnc_id')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('magistrates_offence'), 'offence_id')
        .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
        .addColumn('sequence', 'integer', (column) => column.notNull())
        .addColumn('code', 'varchar(10)', (column) => column.notNull())
        .addColumn('wording', 'varchar(500)', (column) => column.notNull())
        .addColumn('mode_of_trial', 'varchar(20)', (column) => column.notNull())
        .addColumn('committed_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('plea', 'varchar(12)')
        .addColumn('verdict', 'varchar(12)')
        .execute();
      await db.schema
        .createIndex('magistrates_offence_urn')
        .on('magistrates_offence')
        .column('urn')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('magistrates_hearing'), 'hearing_id')
        .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
        .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('starts_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('type', 'varchar(30)', (column) => column.notNull())
        .addColumn('outcome', 'varchar(20)')
        .execute();
      await db.schema
        .createIndex('magistrates_hearing_urn')
        .on('magistrates_hearing')
        .column('urn')
        .execute();
    },
  },
  '002_case_documents': {
    async up(db: Kysely<unknown>) {
      const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
      await db.schema
        .createTable('case_document')
        .addColumn('document_id', 'varchar(16)', (column) => column.primaryKey())
        .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
        .addColumn('sequence', 'integer', (column) => column.notNull())
        .addColumn('kind', 'varchar(30)', (column) => column.notNull())
        .addColumn('title', 'varchar(200)', (column) => column.notNull())
        .addColumn('author', 'varchar(200)', (column) => column.notNull())
        .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('media_type', 'varchar(100)', (column) => column.notNull())
        .addColumn('size_bytes', 'integer', (column) => column.notNull())
        .addColumn('sha256', 'varchar(64)', (column) => column.notNull())
        .addColumn('content', binary, (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('case_document_urn')
        .unique()
        .on('case_document')
        .columns(['urn', 'sequence'])
        .execute();
    },
  },
  '003_crown_transfers': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('crown_transfer')
        .addColumn('transfer_id', 'varchar(36)', (column) => column.primaryKey())
        .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
        .addColumn('committing_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('crown_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('sending_type', 'varchar(30)', (column) => column.notNull())
        .addColumn('first_hearing_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('idempotency_key', 'varchar(200)')
        .addColumn('requested_by', 'varchar(200)')
        .addColumn('requested_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('status', 'varchar(12)', (column) => column.notNull())
        .addColumn('crown_case_number', 'varchar(9)')
        .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('failure', 'varchar(500)')
        .execute();
      await db.schema
        .createIndex('crown_transfer_idempotency_key')
        .unique()
        .on('crown_transfer')
        .column('idempotency_key')
        .execute();
      // At most one live transfer per case: the database, not the code, settles two sends of one case at once.
      await sql`create unique index crown_transfer_live_urn on crown_transfer (urn) where status in ('PENDING', 'COMPLETED')`.execute(
        db,
      );
      await db.schema.createIndex('crown_transfer_status').on('crown_transfer').column('status').execute();
    },
  },
  '004_defendant_name_search': {
    up: (db: Kysely<unknown>) => createNameSearchIndex(db, 'magistrates_case'),
  },
  '005_closed_sendings': {
    async up(db: Kysely<unknown>) {
      await addAutoIdColumn(db, db.schema.createTable('closed_sending'), 'closed_sending_id')
        .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
        .addColumn('crown_case_number', 'varchar(9)', (column) => column.notNull())
        .addColumn('crown_court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('kind', 'varchar(12)', (column) => column.notNull())
        .addColumn('reason', 'varchar(500)', (column) => column.notNull())
        .addColumn('closed_at', 'varchar(30)', (column) => column.notNull())
        .execute();
      // One record per sending closed: recording it again (a retry, recovery) adds nothing.
      await db.schema
        .createIndex('closed_sending_case')
        .unique()
        .on('closed_sending')
        .columns(['urn', 'crown_court_code', 'crown_case_number'])
        .execute();
    },
  },
  '006_document_store': documentStoreMigration,
  '007_sent_to_crown_court_code': {
    up: addSentToCrownCourtCode,
  },
  '008_document_content_stored_at': contentStoredAtMigration,
  // Defendants' names folded by the application, so that a search matches non-ASCII letters whatever their case.
  '009_defendant_folded_names': {
    up: (db: Kysely<unknown>) => addDefendantFoldedNames(db, 'magistrates_case', ['urn']),
  },
  // The events this store announces, recorded with the changes (lib/events); numbered after every other.
  ...eventOutboxMigrations,
};
