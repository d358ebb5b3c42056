import { type Kysely, type Migration, sql } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/**
 * Qualifications as they are recorded: verified (by the awarding body, or awarded here for a course) or
 * self-declared, where they were gained, and for one awarded by an accredited course, which enrolment (once per
 * enrolment); accredited courses carry the qualification they lead to. And the consents a released person gives
 * to share their qualifications and skills with a named employer, for a time.
 */
export const qualificationAwardsAndSharingMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite adds one at a time.
    await db.schema
      .alterTable('qualification')
      .addColumn('verification', 'varchar(13)', (column) => column.notNull().defaultTo('VERIFIED'))
      .execute();
    await db.schema.alterTable('qualification').addColumn('prison_code', 'varchar(3)').execute();
    await db.schema.alterTable('qualification').addColumn('enrolment_id', 'integer').execute();
    await db.schema
      .createIndex('qualification_enrolment')
      .unique()
      .on('qualification')
      .column('enrolment_id')
      .where(sql<boolean>`enrolment_id is not null`)
      .execute();
    for (const [column, type] of [
      ['qualification_subject', 'varchar(200)'],
      ['qualification_level', 'varchar(20)'],
      ['awarding_body', 'varchar(100)'],
    ] as const) {
      await db.schema.alterTable('course_enrolment').addColumn(column, type).execute();
    }
    await addAutoIdColumn(db, db.schema.createTable('learning_share_consent'), 'consent_id')
      .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
      .addColumn('employer_id', 'varchar(256)', (column) => column.notNull())
      .addColumn('employer_name', 'varchar(200)', (column) => column.notNull())
      .addColumn('given_on', 'varchar(10)', (column) => column.notNull())
      .addColumn('expires_on', 'varchar(10)', (column) => column.notNull())
      .addColumn('recorded_by', 'varchar(256)', (column) => column.notNull())
      .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('withdrawn_on', 'varchar(10)')
      .execute();
    await db.schema
      .createIndex('learning_share_consent_person_employer')
      .on('learning_share_consent')
      .columns(['prison_number', 'employer_id'])
      .execute();
  },
};
