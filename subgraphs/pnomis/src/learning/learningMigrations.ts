import { type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';
import { qualificationAwardsAndSharingMigration } from './qualificationMigrations';

/** The education, training and skills record: tables keyed by prison number, so the record follows the person. */
export const learningMigrations: Record<string, Migration> = {
  '101_learning_record': {
    async up(db: Kysely<unknown>) {
      await addAutoIdColumn(db, db.schema.createTable('course_enrolment'), 'enrolment_id')
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('course_code', 'varchar(20)', (column) => column.notNull())
        .addColumn('course_name', 'varchar(200)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('started_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('planned_end_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('ended_on', 'varchar(10)')
        .addColumn('status', 'varchar(30)', (column) => column.notNull())
        .addColumn('outcome_grade', 'varchar(30)')
        .addColumn('accredited', 'integer', (column) => column.notNull())
        .addColumn('funding', 'varchar(40)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('course_enrolment_prison_number')
        .on('course_enrolment')
        .column('prison_number')
        .execute();
      await db.schema
        .createIndex('course_enrolment_prison')
        .on('course_enrolment')
        .columns(['prison_code', 'status'])
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('qualification'), 'qualification_id')
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('subject', 'varchar(200)', (column) => column.notNull())
        .addColumn('level', 'varchar(20)', (column) => column.notNull())
        .addColumn('grade', 'varchar(30)')
        .addColumn('awarded_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('awarding_body', 'varchar(100)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('qualification_prison_number')
        .on('qualification')
        .column('prison_number')
        .execute();
      await db.schema
        .createIndex('qualification_level')
        .on('qualification')
        .columns(['level', 'prison_number'])
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('skills_assessment'), 'assessment_id')
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('area', 'varchar(10)', (column) => column.notNull())
        .addColumn('level', 'varchar(20)', (column) => column.notNull())
        .addColumn('assessed_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('learning_needs', 'varchar(1000)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('skills_assessment_prison_number')
        .on('skills_assessment')
        .column('prison_number')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('learning_goal'), 'goal_id')
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('title', 'varchar(300)', (column) => column.notNull())
        .addColumn('status', 'varchar(10)', (column) => column.notNull())
        .addColumn('review_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('created_on', 'varchar(10)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('learning_goal_prison_number')
        .on('learning_goal')
        .column('prison_number')
        .execute();
      await addAutoIdColumn(db, db.schema.createTable('goal_step'), 'step_id')
        .addColumn('goal_id', 'integer', (column) => column.notNull().references('learning_goal.goal_id'))
        .addColumn('sequence', 'integer', (column) => column.notNull())
        .addColumn('title', 'varchar(300)', (column) => column.notNull())
        .addColumn('status', 'varchar(10)', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('goal_step_goal_id').on('goal_step').column('goal_id').execute();
      await addAutoIdColumn(db, db.schema.createTable('work_activity'), 'activity_id')
        .addColumn('prison_number', 'varchar(7)', (column) => column.notNull())
        .addColumn('title', 'varchar(200)', (column) => column.notNull())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('started_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('ended_on', 'varchar(10)')
        .execute();
      await db.schema
        .createIndex('work_activity_prison_number')
        .on('work_activity')
        .column('prison_number')
        .execute();
    },
  },
  '102_induction_and_work_allocation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('induction')
        .addColumn('prison_number', 'varchar(7)', (column) => column.primaryKey())
        .addColumn('prison_code', 'varchar(3)', (column) => column.notNull())
        .addColumn('inducted_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('updated_on', 'varchar(10)', (column) => column.notNull())
        .addColumn('intentions_on_release', 'varchar(500)', (column) => column.notNull())
        .addColumn('work_interests', 'text', (column) => column.notNull())
        .addColumn('previous_work', 'text', (column) => column.notNull())
        .addColumn('highest_education_level', 'varchar(50)', (column) => column.notNull())
        .addColumn('training_before_custody', 'varchar(500)', (column) => column.notNull())
        .addColumn('qualifications_before_custody', 'text', (column) => column.notNull())
        .addColumn('next_review_on', 'varchar(10)', (column) => column.notNull())
        .execute();
      // Each column in its own statement: SQLite adds one column per ALTER TABLE.
      await db.schema.alterTable('work_activity').addColumn('end_reason', 'varchar(30)').execute();
      await db.schema.alterTable('work_activity').addColumn('pay_band', 'integer').execute();
      await db.schema.alterTable('work_activity').addColumn('hours_per_week', 'integer').execute();
    },
  },
  '103_work_allocation_unique': {
    async up(db: Kysely<unknown>) {
      // One allocation per person, job, prison and start: a retried recording finds the first instead of a twin.
      await db.schema
        .createIndex('work_activity_allocation')
        .on('work_activity')
        .columns(['prison_number', 'prison_code', 'title', 'started_on'])
        .unique()
        .execute();
    },
  },
  '107_qualification_awards_and_sharing': qualificationAwardsAndSharingMigration,
};
