import type { Insertable } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';
import { recordLearningChange } from './learningAnnouncements';
import type { LearningShareConsentTable } from './learningTables';

/** Consents to share a released person's qualifications and skills with employers. */
export function createSharingConsentStore({ db }: StoreDatabase<PnomisTables>) {
  return {
    findSharingConsents: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('learningShareConsent')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('consentId', 'desc')
        .execute(),

    /** The consent of a person to an employer in force on a day: given by then, not expired, not withdrawn. */
    findConsentInForce: (prisonNumber: string, employerId: string, day: string) =>
      db
        .selectFrom('learningShareConsent')
        .selectAll()
        .where('prisonNumber', '=', prisonNumber)
        .where('employerId', '=', employerId)
        .where('givenOn', '<=', day)
        .where('expiresOn', '>=', day)
        .where((eb) => eb.or([eb('withdrawnOn', 'is', null), eb('withdrawnOn', '>', day)]))
        .orderBy('expiresOn', 'desc')
        .executeTakeFirst(),

    recordSharingConsent: (row: Insertable<LearningShareConsentTable>) =>
      db.transaction().execute(async (trx) => {
        const saved = await trx
          .insertInto('learningShareConsent')
          .values(row)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordLearningChange(trx, saved.prisonNumber, 'SHARING_CONSENT', saved.consentId);
        return saved;
      }),

    /** Withdraws a consent from a day, once: a consent withdrawn already keeps its first day. */
    withdrawSharingConsent: (consentId: number, withdrawnOn: string) =>
      db.transaction().execute(async (trx) => {
        const withdrawn = await trx
          .updateTable('learningShareConsent')
          .set({ withdrawnOn })
          .where('consentId', '=', consentId)
          .where('withdrawnOn', 'is', null)
          .returning('prisonNumber')
          .executeTakeFirst();
        // Announced once, when it is withdrawn; asking again changes nothing and says nothing.
        if (withdrawn) await recordLearningChange(trx, withdrawn.prisonNumber, 'SHARING_CONSENT', consentId);
        return trx
          .selectFrom('learningShareConsent')
          .selectAll()
          .where('consentId', '=', consentId)
          .executeTakeFirst();
      }),
  };
}
