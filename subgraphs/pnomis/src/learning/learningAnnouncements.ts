import type { Kysely } from 'kysely';
import { recordEvent } from '@lib/events/recordEvent';
import type { PnomisTables } from '../store/pnomisTables';

/** The parts of the education, skills and work record a change may be to. */
export type LearningRecordPart =
  'COURSE' | 'QUALIFICATION' | 'ASSESSMENT' | 'GOAL' | 'GOAL_STEP' | 'INDUCTION' | 'WORK' | 'SHARING_CONSENT';

/**
 * Announces a change to a person's education, skills or work record, in the transaction of the change: the person
 * by prison number (and PNC ID), the prison of their active booking (or, once released, their latest) so that
 * only prison staff whose caseload holds them are told, and which part of the record changed; nothing of what.
 */
export async function recordLearningChange(
  trx: Kysely<PnomisTables>,
  prisonNumber: string,
  part: LearningRecordPart,
  recordId: number | null,
): Promise<void> {
  const [held, person] = await Promise.all([
    trx
      .selectFrom('booking')
      .select('prisonCode')
      .where('prisonNumber', '=', prisonNumber)
      .orderBy('active', 'desc')
      .orderBy('beganOn', 'desc')
      .executeTakeFirst(),
    trx.selectFrom('offender').select('pncId').where('prisonNumber', '=', prisonNumber).executeTakeFirst(),
  ]);
  await recordEvent(trx, {
    type: 'EDUCATION_RECORD_CHANGED',
    identifiers: { prisonNumber, pncId: person?.pncId ?? null },
    establishmentCode: held?.prisonCode ?? null,
    facts: { part, ...(recordId === null ? {} : { recordId: String(recordId) }) },
  });
}
