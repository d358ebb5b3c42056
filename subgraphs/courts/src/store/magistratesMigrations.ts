import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

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
};
