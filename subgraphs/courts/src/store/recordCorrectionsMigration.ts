import type { Kysely } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/** Crown Court migration 010: the corrections the enforcement office asks of the Crown Court's record. */
export async function addRecordCorrections(db: Kysely<unknown>): Promise<void> {
  await addAutoIdColumn(db, db.schema.createTable('crown_record_correction'), 'correction_id')
    // No foreign key: the service checks the case, and the Crown Court's case table is rebuilt by other migrations.
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
    .execute();
  await db.schema
    .createIndex('crown_record_correction_status')
    .on('crown_record_correction')
    .columns(['status', 'correction_id'])
    .execute();
}
