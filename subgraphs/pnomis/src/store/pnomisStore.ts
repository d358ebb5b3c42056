import { sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { createLearningStore } from '../learning/learningStore';
import type { PnomisTables } from './pnomisTables';

/**
 * The P-Nomis store: every read takes a list of keys and runs one statement, so that the per-request loaders can
 * batch the entity lookups of a whole gateway fetch into one query per table.
 */
export function createPnomisStore(database: StoreDatabase<PnomisTables>) {
  const { db } = database;
  return {
    ...createLearningStore(database),
    findOffendersByPncIds: (pncIds: readonly string[]) =>
      db.selectFrom('offender').selectAll().where('pncId', 'in', pncIds).execute(),

    findOffendersByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      db.selectFrom('offender').selectAll().where('prisonNumber', 'in', prisonNumbers).execute(),

    findBookingsByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('booking')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('beganOn', 'desc')
        .orderBy('bookingId', 'desc')
        .execute(),

    findMovementsByBookingIds: (bookingIds: readonly number[]) =>
      db
        .selectFrom('movement')
        .selectAll()
        .where('bookingId', 'in', bookingIds)
        .orderBy('occurredAt')
        .orderBy('movementId')
        .execute(),

    findSentencesByBookingIds: (bookingIds: readonly number[]) =>
      db
        .selectFrom('sentence')
        .selectAll()
        .where('bookingId', 'in', bookingIds)
        .orderBy('startDate')
        .orderBy('sentenceId')
        .execute(),

    /** Prisoners with an active booking at a prison, in prison-number order, a page at a time. */
    findPrisonersHeldAt: (prisonCode: string, first: number, afterPrisonNumber: string | null) =>
      db
        .selectFrom('booking')
        .innerJoin('offender', 'offender.prisonNumber', 'booking.prisonNumber')
        .selectAll('offender')
        .where('booking.prisonCode', '=', prisonCode)
        .where('booking.active', '=', 1)
        .$if(afterPrisonNumber !== null, (query) =>
          query.where('booking.prisonNumber', '>', afterPrisonNumber ?? ''),
        )
        .orderBy('booking.prisonNumber')
        .limit(first)
        .execute(),

    /** A cheap statement that fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The P-Nomis store's interface; a real P-Nomis adapter would implement the same. */
export type PnomisStore = ReturnType<typeof createPnomisStore>;
