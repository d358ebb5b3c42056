import type { Insertable, Selectable } from 'kysely';
import { writeAnnounced } from '@lib/events/writeAnnounced';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { recordLearningChange } from './learningAnnouncements';
import type { PnomisTables } from '../store/pnomisTables';
import type { CourseEnrolmentTable, QualificationTable } from './learningTables';

/** How a course ends, as recorded. */
export type CourseEnd = Pick<CourseEnrolmentTable, 'endedOn' | 'status' | 'outcomeGrade'>;

/** The writes of qualifications, each one transaction. */
export function createQualificationStore({ db }: StoreDatabase<PnomisTables>) {
  return {
    /** Records a qualification stated or checked by staff. */
    recordQualification: (row: Insertable<QualificationTable>) =>
      writeAnnounced(
        db,
        (trx) => trx.insertInto('qualification').values(row).returningAll().executeTakeFirstOrThrow(),
        (trx, saved) => recordLearningChange(trx, saved.prisonNumber, 'QUALIFICATION', saved.qualificationId),
      ),

    /**
     * Records the end of a course, only while it is still in progress (so two ends cannot both land), and in the
     * same transaction, when an accredited course is completed, awards the qualification it leads to: verified,
     * graded with the course's outcome, dated the day it ended, at its prison. Undefined when it had ended.
     */
    endCourse: (enrolmentId: number, end: CourseEnd) =>
      db.transaction().execute(async (trx) => {
        const ended = await trx
          .updateTable('courseEnrolment')
          .set(end)
          .where('enrolmentId', '=', enrolmentId)
          .where('status', 'in', ['IN_PROGRESS', 'TEMPORARILY_WITHDRAWN'])
          .returningAll()
          .executeTakeFirst();
        let awarded: Selectable<QualificationTable> | undefined;
        if (ended?.status === 'COMPLETED' && ended.accredited === 1 && ended.qualificationLevel !== null) {
          awarded = await trx
            .insertInto('qualification')
            .values({
              prisonNumber: ended.prisonNumber,
              subject: ended.qualificationSubject ?? ended.courseName,
              level: ended.qualificationLevel,
              grade: ended.outcomeGrade,
              awardedOn: ended.endedOn ?? end.endedOn ?? ended.plannedEndOn,
              awardingBody: ended.awardingBody ?? '',
              verification: 'VERIFIED',
              prisonCode: ended.prisonCode,
              enrolmentId: ended.enrolmentId,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
        }
        if (ended) await recordLearningChange(trx, ended.prisonNumber, 'COURSE', ended.enrolmentId);
        if (awarded) {
          await recordLearningChange(trx, awarded.prisonNumber, 'QUALIFICATION', awarded.qualificationId);
        }
        return ended && { enrolment: ended, awarded };
      }),
  };
}
