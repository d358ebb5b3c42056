import type { Kysely } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/**
 * The Crown Court's answers to a sending: the state of each case received by digital transfer (acknowledged,
 * returned, withdrawn) and the timeline of every change, hearings listed and outcomes recorded included.
 */
export async function addCaseResponses(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crown_case_state')
    .addColumn('case_number', 'varchar(9)', (column) =>
      column.primaryKey().references('crown_case.case_number'),
    )
    .addColumn('status', 'varchar(12)', (column) => column.notNull())
    .addColumn('reason', 'varchar(500)')
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('magistrates_informed_at', 'varchar(30)')
    .execute();
  // Recovery looks for returns and withdrawals the magistrates' store has not recorded yet.
  await db.schema
    .createIndex('crown_case_state_owed')
    .on('crown_case_state')
    .columns(['status', 'magistrates_informed_at'])
    .execute();
  await addAutoIdColumn(db, db.schema.createTable('crown_case_event'), 'event_id')
    .addColumn('case_number', 'varchar(9)', (column) => column.notNull().references('crown_case.case_number'))
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('occurred_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('made_by', 'varchar(200)')
    .addColumn('reason', 'varchar(500)')
    .addColumn('hearing_id', 'integer')
    .execute();
  await db.schema
    .createIndex('crown_case_event_case_number')
    .on('crown_case_event')
    .column('case_number')
    .execute();
}
