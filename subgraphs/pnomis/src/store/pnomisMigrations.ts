import { type Kysely, type Migration, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { addFoldedNameColumns } from '@lib/store/foldedNameColumns';
import { eventOutboxMigrations } from '@lib/events/outboxTables';
import { croNumberOnePersonMigration, custodyMovementsMigration } from '../movements/movementMigrations';

/**
 * P-Nomis store migrations, applied in name order at start-up. They share one history with the education
 * record's (learningMigrations, numbered from 101), so a new one takes the next number after the highest of both:
 * a name sorting before a migration a store has already applied would stop that store from starting.
 */
export const pnomisMigrations: Record<string, Migration> = {
  '001_custody_records': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('offender')
        .addColumn('prison_number', 'varchar(7)', (column) => column.primaryKey())
        .addColumn('pnc_id', 'varchar(16)')
        .addColumn('cro_number', 'varchar(16)')
        .addColumn('first_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('last_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('date_of_birth', 'varchar(10)', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('offender_pnc_id').on('offender').column('pnc_id').execute();
      await db.schema
        .createTable('booking')
        .addColumn('booking_id', 'integer', (column) => column.primaryKey())
        .addColumn('booking_number', 'varchar(6)', (column) => column.notNull().unique())
        .addColumn('prison_number', 'varchar(7)', (column) =>
          column.notNull().references('offender.prison_number'),
        )
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('active', 'integer', (column) => column.notNull())
        .addColumn('in_out_status', 'varchar(3)', (column) => column.notNull())
        .addColumn('status', 'varchar(10)', (column) => column.notNull())
        .addColumn('began_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('ended_on', 'varchar(10)')
        .addColumn('admission_reason', 'varchar(100)', (column) => column.notNull())
        .addColumn('release_date', 'varchar(10)')
        .execute();
      await db.schema.createIndex('booking_prison_number').on('booking').column('prison_number').execute();
      // Serves "prisoners now held at a prison", in prison-number order.
      await db.schema
        .createIndex('booking_prison_active')
        .on('booking')
        .columns(['prison_code', 'active', 'prison_number'])
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('movement'), 'movement_id')
        .addColumn('booking_id', 'integer', (column) => column.notNull().references('booking.booking_id'))
        .addColumn('occurred_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('type', 'varchar(10)', (column) => column.notNull())
        .addColumn('direction', 'varchar(3)', (column) => column.notNull())
        .addColumn('from_location', 'varchar(10)', (column) => column.notNull())
        .addColumn('to_location', 'varchar(10)', (column) => column.notNull())
        .addColumn('reason', 'varchar(100)', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('movement_booking_id').on('movement').column('booking_id').execute();
      await addAutoIdColumn(db, db.schema.createTable('sentence'), 'sentence_id')
        .addColumn('booking_id', 'integer', (column) => column.notNull().references('booking.booking_id'))
        .addColumn('calculation_type', 'varchar(20)', (column) => column.notNull())
        .addColumn('description', 'varchar(200)', (column) => column.notNull())
        .addColumn('start_date', 'varchar(10)', (column) => column.notNull())
        .addColumn('term_months', 'integer', (column) => column.notNull())
        .addColumn('conditional_release_date', 'varchar(10)', (column) => column.notNull())
        .addColumn('sentence_expiry_date', 'varchar(10)', (column) => column.notNull())
        .addColumn('crown_court_case_number', 'varchar(9)')
        .execute();
      await db.schema.createIndex('sentence_booking_id').on('sentence').column('booking_id').execute();
    },
  },
  // Served the search by name and date of birth, on the expression it compared with, lower(last_name), until
  // 111 replaced it with the folded surname (SQLite's lower() folds A-Z only).
  '104_offender_name_search': {
    async up(db: Kysely<unknown>) {
      await sql`create index offender_name_dob on offender (lower(last_name), date_of_birth)`.execute(db);
    },
  },
  // A prisoner's social contacts and the restrictions on their visits: what decides who may be named on a visit.
  '105_prisoner_contacts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('prisoner_contact')
        .addColumn('contact_id', 'integer', (column) => column.primaryKey())
        .addColumn('prison_number', 'varchar(7)', (column) =>
          column.notNull().references('offender.prison_number'),
        )
        .addColumn('first_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('last_name', 'varchar(100)', (column) => column.notNull())
        .addColumn('date_of_birth', 'varchar(10)', (column) => column.notNull())
        .addColumn('relationship', 'varchar(50)', (column) => column.notNull())
        .addColumn('approved_visitor', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('prisoner_contact_prison_number')
        .on('prisoner_contact')
        .column('prison_number')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('contact_restriction'), 'restriction_id')
        .addColumn('contact_id', 'integer', (column) =>
          column.notNull().references('prisoner_contact.contact_id'),
        )
        .addColumn('restriction_type', 'varchar(10)', (column) => column.notNull())
        .addColumn('starts_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('ends_on', 'varchar(10)')
        .execute();
      await db.schema
        .createIndex('contact_restriction_contact_id')
        .on('contact_restriction')
        .column('contact_id')
        .execute();
    },
  },
  // The prisoner's incentive level (basic, standard or enhanced), which decides, where a prison's visit settings
  // say so, how many visiting orders a sentenced prisoner is given. Bookings before it are on the standard level.
  '106_incentive_level': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('booking')
        .addColumn('incentive_level', 'varchar(8)', (column) => column.notNull().defaultTo('STANDARD'))
        .execute();
    },
  },
  // Receptions, transfers and releases recorded through the graph: each movement's request, one person per PNC ID.
  '108_custody_movements': custodyMovementsMigration,
  '109_offender_cro_number_unique': croNumberOnePersonMigration,
  // A Crown Court centre numbers its own cases, so a sentence's case number names its case only with the centre's
  // court code. Sentences recorded before it keep a null code: the store cannot know which centre passed them.
  '110_sentence_crown_court_code': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('sentence').addColumn('crown_court_code', 'varchar(7)').execute();
    },
  },
  // People's names folded by the application (lib/search/foldedName.ts): SQLite's lower() folds A-Z only, so a
  // search or reception as "ZOË" missed "Zoë". The search's index moves from lower(last_name) to the folded
  // surname, under its name as before.
  '111_offender_folded_names': {
    up: (db: Kysely<unknown>) =>
      addFoldedNameColumns(db, {
        table: 'offender',
        key: ['prison_number'],
        folds: { first_name_folded: 'first_name', last_name_folded: 'last_name' },
        replaces: 'offender_name_dob',
        index: { name: 'offender_name_dob', columns: ['last_name_folded', 'date_of_birth'] },
      }),
  },
  // The events this store announces, recorded with the changes (lib/events); numbered after every other.
  ...eventOutboxMigrations,
};
