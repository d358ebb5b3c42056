import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { addCaseResponses } from './crownCaseResponseMigration';
import { addTransferColumns } from './crownCaseTransferColumns';
import { addDefendantFoldedNames } from './defendantFoldedNamesMigration';
import { createNameSearchIndex } from './nameSearchIndex';
import { addRecordCorrections } from './recordCorrectionsMigration';
import { keyCasesByCentre } from './caseNumbersPerCentreMigration';
import { eventOutboxMigrations } from '@lib/events/outboxTables';

/** Crown Court store migrations, applied in name order at start-up. */
export const crownCourtMigrations: Record<string, Migration> = {
  '001_cases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('crown_case')
        .addColumn('case_number', 'varchar(9)', (column) => column.primaryKey())
        .addColumn('urn', 'varchar(11)')
        .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('sending_type', 'varchar(30)', (column) => column.notNull())
        .addColumn('committing_court_code', 'varchar(7)')
        .addColumn('received_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('defendant_first_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('defendant_last_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('defendant_date_of_birth', 'varchar(10)', (column) => column.notNull())
        .addColumn('defendant_pnc_id', 'varchar(16)')
        .addColumn('defendant_cro_number', 'varchar(16)')
        .addColumn('outcome', 'varchar(20)')
        .addColumn('custodial_sentence_months', 'integer')
        .addColumn('confiscation_amount_pence', 'bigint')
        .addColumn('confiscation_ordered_on', 'varchar(10)')
        .execute();
      await db.schema.createIndex('crown_case_pnc_id').on('crown_case').column('defendant_pnc_id').execute();
      await db.schema.createIndex('crown_case_urn').on('crown_case').column('urn').execute();
      await addAutoIdColumn(db, db.schema.createTable('crown_hearing'), 'hearing_id')
        .addColumn('case_number', 'varchar(9)', (column) =>
          column.notNull().references('crown_case.case_number'),
        )
        .addColumn('court_code', 'varchar(7)', (column) => column.notNull())
        .addColumn('starts_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('type', 'varchar(30)', (column) => column.notNull())
        .addColumn('outcome', 'varchar(20)')
        .execute();
      await db.schema
        .createIndex('crown_hearing_case_number')
        .on('crown_hearing')
        .column('case_number')
        .execute();
    },
  },
  '002_digital_transfers': {
    up: addTransferColumns,
  },
  '003_defendant_name_search': {
    up: (db: Kysely<unknown>) => createNameSearchIndex(db, 'crown_case'),
  },
  '004_case_responses': {
    up: addCaseResponses,
  },
  '010_record_corrections': {
    up: addRecordCorrections,
  },
  '011_case_numbers_per_centre': {
    up: keyCasesByCentre,
  },
  // Defendants' names folded by the application, so that a search matches non-ASCII letters whatever their case.
  '012_defendant_folded_names': {
    up: (db: Kysely<unknown>) => addDefendantFoldedNames(db, 'crown_case', ['court_code', 'case_number']),
  },
  // The events this store announces, recorded with the changes (lib/events); numbered after every other.
  ...eventOutboxMigrations,
};
