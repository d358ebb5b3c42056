import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/** Visits store migrations, applied in name order at start-up. */
export const visitsMigrations: Record<string, Migration> = {
  '001_sessions_and_visits': {
    async up(db: Kysely<unknown>) {
      await addAutoIdColumn(db, db.schema.createTable('session_template'), 'session_template_id')
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('day_of_week', 'integer', (column) => column.notNull())
        .addColumn('start_time', 'varchar(5)', (column) => column.notNull())
        .addColumn('end_time', 'varchar(5)', (column) => column.notNull())
        .addColumn('open_capacity', 'integer', (column) => column.notNull())
        .addColumn('closed_capacity', 'integer', (column) => column.notNull())
        .addColumn('valid_from', 'varchar(10)', (column) => column.notNull())
        .addColumn('valid_to', 'varchar(10)')
        .execute();
      await db.schema
        .createIndex('session_template_prison')
        .on('session_template')
        .columns(['prison_code', 'day_of_week'])
        .execute();
      await db.schema
        .createTable('visit')
        .addColumn('reference', 'varchar(20)', (column) => column.primaryKey())
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('session_template_id', 'integer', (column) =>
          column.notNull().references('session_template.session_template_id'),
        )
        .addColumn('session_date', 'varchar(10)', (column) => column.notNull())
        .addColumn('start_time', 'varchar(5)', (column) => column.notNull())
        .addColumn('end_time', 'varchar(5)', (column) => column.notNull())
        .addColumn('restriction', 'varchar(6)', (column) => column.notNull())
        .addColumn('status', 'varchar(10)', (column) => column.notNull())
        .addColumn('booked_at', 'varchar(30)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('visit_prison_number')
        .on('visit')
        .columns(['prison_number', 'session_date'])
        .execute();
      // Serves availability: bookings per session and date.
      await db.schema
        .createIndex('visit_session')
        .on('visit')
        .columns(['prison_code', 'session_date', 'session_template_id'])
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('visitor'), 'visitor_id')
        .addColumn('visit_reference', 'varchar(20)', (column) =>
          column.notNull().references('visit.reference'),
        )
        .addColumn('first_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('last_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('date_of_birth', 'varchar(10)', (column) => column.notNull())
        .addColumn('relationship', 'varchar(50)', (column) => column.notNull())
        .addColumn('lead', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('visitor_visit_reference')
        .on('visitor')
        .column('visit_reference')
        .execute();
    },
  },
};
