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
import { establishmentQuery } from '../store/establishmentQuery';
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

/** A search for released people whose records show a skill, for job matching. */
export interface ReleasedLearnerSearch {
  releasedFrom: string;
  releasedTo: string;
  levels: readonly string[] | null;
  subject: string | null;
  first: number;
  after: string | null;
  /** The caller's caseload: only people whose establishment is one of its prisons; null for everyone. */
  caseload: readonly string[] | null;
}

/** The education and skills record in the P-Nomis store: reads batch by prison number, writes are transactional. */
export function createLearningStore(database: StoreDatabase<PnomisTables>) {
  const { db } = database;
  return {
    ...createLearningPlanStore(database),
    ...createWorkAllocationStore(database),
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

    /** Records the end of a course, only while it is still in progress (so two completions cannot both land). */
    endEnrolment: (
      enrolmentId: number,
      change: Pick<CourseEnrolmentTable, 'endedOn' | 'status' | 'outcomeGrade'>,
    ) =>
      writeAnnounced(
        db,
        (trx) =>
          trx
            .updateTable('courseEnrolment')
            .set(change)
            .where('enrolmentId', '=', enrolmentId)
            .where('status', 'in', ['IN_PROGRESS', 'TEMPORARILY_WITHDRAWN'])
            .returningAll()
            .executeTakeFirst(),
        (trx, ended) =>
          ended ? recordLearningChange(trx, ended.prisonNumber, 'COURSE', enrolmentId) : Promise.resolve(),
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
     * People released in a date range whose records hold a qualification at one of the levels (and, if given,
     * in a subject), ordered by prison number a page at a time; with a caseload, only the people it holds.
     */
    findReleasedLearners: async (search: ReleasedLearnerSearch) => {
      if (search.caseload?.length === 0) return [];
      return db
        .selectFrom('booking')
        .innerJoin('qualification', 'qualification.prisonNumber', 'booking.prisonNumber')
        .select(['booking.prisonNumber'])
        .select((eb) => eb.fn.max('booking.endedOn').as('releasedOn'))
        .where('booking.active', '=', 0)
        .where('booking.endedOn', '>=', search.releasedFrom)
        .where('booking.endedOn', '<=', search.releasedTo)
        .$if(search.levels !== null, (query) => query.where('qualification.level', 'in', search.levels ?? []))
        .$if(search.subject !== null, (query) =>
          query.where('qualification.subject', 'like', `%${(search.subject ?? '').replace(/[%_]/g, '')}%`),
        )
        .$if(search.after !== null, (query) => query.where('booking.prisonNumber', '>', search.after ?? ''))
        .$if(search.caseload !== null, (query) =>
          query.where((eb) =>
            eb(establishmentQuery(db, eb.ref('booking.prisonNumber')), 'in', search.caseload ?? []),
          ),
        )
        .groupBy('booking.prisonNumber')
        .orderBy('booking.prisonNumber')
        .limit(search.first)
        .execute();
    },

    /**
     * What the education figures count, one row per enrolment and per qualification: where and who, and whether
     * the course was completed. People are named only so that the figures count people rather than records, and
     * for disclosure control; the figures name no one.
     */
    statisticsRecords: async () => {
      const enrolments = await db
        .selectFrom('courseEnrolment')
        .select(['prisonCode', 'prisonNumber', 'status'])
        .orderBy('prisonCode')
        .execute();
      const qualifications = await db.selectFrom('qualification').select(['level', 'prisonNumber']).execute();
      return { enrolments, qualifications };
    },
  };
}

/** The education record's store interface; an adapter for the real education systems would implement the same. */
export type LearningStore = ReturnType<typeof createLearningStore>;
