import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';
import type { Insertable } from 'kysely';
import type {
  CourseEnrolmentTable,
  GoalStepTable,
  LearningGoalTable,
  SkillsAssessmentTable,
} from './learningTables';
import { createLearningPlanStore } from './learningPlanStore';
import { createWorkAllocationStore } from './workAllocationStore';
import { createQualificationStore } from './qualificationStore';
import { createSharingConsentStore } from './sharingConsentStore';
import { writeAnnounced } from '@lib/events/writeAnnounced';
import { recordLearningChange } from './learningAnnouncements';

/** Qualification levels in ascending order, as the QualificationLevel enum names them. */
export const QUALIFICATION_LEVELS = [
  'ENTRY_LEVEL',
  'LEVEL_1',
  'LEVEL_2',
  'LEVEL_3',
  'LEVEL_4',
  'LEVEL_5',
  'LEVEL_6',
  'LEVEL_7',
  'LEVEL_8',
] as const;

/** The education and skills record in the P-Nomis store: reads batch by prison number, writes are transactional. */
export function createLearningStore(database: StoreDatabase<PnomisTables>) {
  const { db } = database;
  return {
    ...createLearningPlanStore(database),
    ...createWorkAllocationStore(database),
    ...createQualificationStore(database),
    ...createSharingConsentStore(database),
    findEnrolments: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('courseEnrolment')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('startedOn')
        .execute(),
    findQualifications: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('qualification')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('awardedOn')
        .execute(),
    findAssessments: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('skillsAssessment')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('assessedOn')
        .execute(),
    findGoals: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('learningGoal')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('goalId')
        .execute(),
    findWorkActivities: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('workActivity')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('startedOn')
        .execute(),
    findSteps: (goalIds: readonly number[]) =>
      db.selectFrom('goalStep').selectAll().where('goalId', 'in', goalIds).orderBy('sequence').execute(),
    findEnrolment: (enrolmentId: number) =>
      db.selectFrom('courseEnrolment').selectAll().where('enrolmentId', '=', enrolmentId).executeTakeFirst(),

    /** Every establishment that has held the person: where bookings were held and where movements took them. */
    prisonsEverHeld: async (prisonNumber: string): Promise<Set<string>> => {
      const bookings = await db
        .selectFrom('booking')
        .leftJoin('movement', 'movement.bookingId', 'booking.bookingId')
        .select(['booking.prisonCode', 'movement.fromLocation', 'movement.toLocation'])
        .where('booking.prisonNumber', '=', prisonNumber)
        .execute();
      return new Set(
        bookings.flatMap((row) => [row.prisonCode, row.fromLocation ?? '', row.toLocation ?? '']),
      );
    },

    insertEnrolment: (row: Insertable<CourseEnrolmentTable>) =>
      writeAnnounced(
        db,
        (trx) => trx.insertInto('courseEnrolment').values(row).returningAll().executeTakeFirstOrThrow(),
        (trx, saved) => recordLearningChange(trx, saved.prisonNumber, 'COURSE', saved.enrolmentId),
      ),

    insertAssessment: (row: Insertable<SkillsAssessmentTable>) =>
      writeAnnounced(
        db,
        (trx) => trx.insertInto('skillsAssessment').values(row).returningAll().executeTakeFirstOrThrow(),
        (trx, saved) => recordLearningChange(trx, saved.prisonNumber, 'ASSESSMENT', null),
      ),

    /** Writes a goal and its steps together, or neither. */
    insertGoal: (goal: Insertable<LearningGoalTable>, steps: readonly string[]) =>
      writeAnnounced(
        db,
        async (transaction) => {
          const saved = await transaction
            .insertInto('learningGoal')
            .values(goal)
            .returningAll()
            .executeTakeFirstOrThrow();
          const rows: Insertable<GoalStepTable>[] = steps.map((title, index) => ({
            goalId: saved.goalId,
            sequence: index + 1,
            title,
            status: 'ACTIVE',
          }));
          if (rows.length > 0) await transaction.insertInto('goalStep').values(rows).execute();
          return saved;
        },
        (trx, saved) => recordLearningChange(trx, saved.prisonNumber, 'GOAL', saved.goalId),
      ),

    /**
     * People released in a date range and not in prison since: their latest booking ended in the range and none
     * is active (a person readmitted is in prison again, not released), with the day they were released.
     */
    findReleasedPeople: (releasedFrom: string, releasedTo: string) =>
      db
        .selectFrom('booking as released')
        .select(['released.prisonNumber', 'released.endedOn as releasedOn'])
        .where('released.active', '=', 0)
        .where('released.endedOn', '>=', releasedFrom)
        .where('released.endedOn', '<=', releasedTo)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('booking as later')
                .select('later.bookingId')
                .whereRef('later.prisonNumber', '=', 'released.prisonNumber')
                .where((eb) =>
                  eb.or([eb('later.active', '=', 1), eb('later.endedOn', '>', eb.ref('released.endedOn'))]),
                ),
            ),
          ),
        )
        .orderBy('released.prisonNumber')
        .execute(),

    /**
     * What the education figures count, one row per enrolment and per qualification: where and who, and whether
     * the course was completed. People are named only so that the figures count people rather than records, and
     * for disclosure control; the figures name no one.
     */
    statisticsRecords: async () => {
      const enrolments = await db
        .selectFrom('courseEnrolment')
        .select(['prisonCode', 'prisonNumber', 'status', 'qualificationLevel'])
        .orderBy('prisonCode')
        .execute();
      const qualifications = await db
        .selectFrom('qualification')
        .select(['level', 'prisonNumber', 'prisonCode'])
        .execute();
      const assessments = await db
        .selectFrom('skillsAssessment')
        .select(['prisonNumber', 'area', 'level', 'assessedOn', 'prisonCode'])
        .execute();
      return { enrolments, qualifications, assessments };
    },
  };
}

/** The education record's store interface; an adapter for the real education systems would implement the same. */
export type LearningStore = ReturnType<typeof createLearningStore>;
