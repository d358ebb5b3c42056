import { type Kysely, type Migration, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { blockedVisitDatesMigration, visitingOrderLedgerMigration } from './visitingOrderMigrations';
import { eventOutboxMigrations } from '@lib/events/outboxTables';

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
  '002_online_booking': {
    async up(db: Kysely<unknown>) {
      // One column per statement: SQLite's ALTER TABLE adds one at a time. All are null for the visits of the
      // old offline system.
      for (const [name, type] of [
        ['booked_by', 'varchar(256)'],
        ['idempotency_key', 'varchar(100)'],
        ['request_digest', 'varchar(64)'],
        ['hold_expires_at', 'varchar(30)'],
        ['entitlement_used', 'varchar(20)'],
        ['cancelled_at', 'varchar(30)'],
        ['cancelled_by', 'varchar(256)'],
        ['cancellation_reason', 'varchar(500)'],
        ['outcome', 'varchar(40)'],
        ['outcome_notes', 'varchar(500)'],
        ['outcome_recorded_at', 'varchar(30)'],
        ['outcome_recorded_by', 'varchar(256)'],
      ] as const) {
        await db.schema.alterTable('visit').addColumn(name, type).execute();
      }
      // A retried request finds the booking its key made; a race between two retries leaves one booking.
      await db.schema
        .createIndex('visit_idempotency_key')
        .unique()
        .on('visit')
        .columns(['booked_by', 'idempotency_key'])
        .execute();
      // The database's own guard against a double booking: one live visit per prisoner per session.
      await db.schema
        .createIndex('visit_live_per_prisoner_session')
        .unique()
        .on('visit')
        .columns(['prison_number', 'session_template_id', 'session_date'])
        .where(sql<boolean>`status in ('RESERVED', 'BOOKED')`)
        .execute();
      // Serves a booker's own bookings.
      await db.schema
        .createIndex('visit_booked_by')
        .on('visit')
        .columns(['booked_by', 'session_date'])
        .execute();
      await db.schema
        .createTable('prison_visit_settings')
        .addColumn('prison_code', 'varchar(3)', (column) => column.primaryKey())
        .addColumn('min_days_ahead', 'integer', (column) => column.notNull())
        .addColumn('max_days_ahead', 'integer', (column) => column.notNull())
        .addColumn('max_visitors', 'integer', (column) => column.notNull())
        .addColumn('max_adults', 'integer', (column) => column.notNull())
        .addColumn('adult_age', 'integer', (column) => column.notNull())
        .addColumn('remand_visits_per_week', 'integer', (column) => column.notNull())
        .addColumn('visiting_orders_per_period', 'integer', (column) => column.notNull())
        .addColumn('visiting_order_period_days', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('session_slot')
        .addColumn('session_template_id', 'integer', (column) =>
          column.notNull().references('session_template.session_template_id'),
        )
        .addColumn('session_date', 'varchar(10)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addPrimaryKeyConstraint('session_slot_pk', ['session_template_id', 'session_date'])
        .execute();
      await db.schema
        .createTable('visiting_entitlement')
        .addColumn('prison_number', 'varchar(7)', (column) => column.primaryKey())
        .addColumn('visiting_orders', 'integer', (column) => column.notNull())
        .addColumn('renewed_on', 'varchar(10)', (column) => column.notNull())
        .execute();
    },
  },
  // The prisoners each member of the public may book for: a booking account links a prisoner by proving it
  // knows them (number, date of birth, prison), and books, lists and cancels visits only for those it linked.
  '003_booker_links': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('booker_link')
        .addColumn('booking_account', 'varchar(256)', (column) => column.notNull())
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('linked_at', 'varchar(30)', (column) => column.notNull())
        .addPrimaryKeyConstraint('booker_link_pk', ['booking_account', 'prison_number'])
        .execute();
    },
  },
  '004_visiting_order_ledger': visitingOrderLedgerMigration,
  '005_blocked_visit_dates': blockedVisitDatesMigration,
  // The events this store announces, recorded with the changes (lib/events); numbered after every other.
  ...eventOutboxMigrations,
};
