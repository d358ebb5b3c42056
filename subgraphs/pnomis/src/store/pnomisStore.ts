import { type Kysely, sql } from 'kysely';
import { statementForKeys } from '@lib/store/fixedStatement';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PersonParticulars } from '@lib/search/nameSearch';
import { foldedName } from '@lib/search/foldedName';
import { createContactStore } from '../contacts/contactStore';
import { createLearningStore } from '../learning/learningStore';
import { createMovementStore } from '../movements/movementStore';
import type { PnomisTables } from './pnomisTables';
import { establishmentQuery } from './establishmentQuery';

// The look-ups by key that every journey and booking makes, each compiled once per length of key list.
const offendersByPncIds = statementForKeys((db: Kysely<PnomisTables>, pncIds: readonly string[]) =>
  db.selectFrom('offender').selectAll().where('pncId', 'in', pncIds),
);

const offendersByPrisonNumbers = statementForKeys(
  (db: Kysely<PnomisTables>, prisonNumbers: readonly string[]) =>
    db.selectFrom('offender').selectAll().where('prisonNumber', 'in', prisonNumbers),
);

const bookingsByPrisonNumbers = statementForKeys(
  (db: Kysely<PnomisTables>, prisonNumbers: readonly string[]) =>
    db
      .selectFrom('booking')
      .selectAll()
      .where('prisonNumber', 'in', prisonNumbers)
      .orderBy('beganOn', 'desc')
      .orderBy('bookingId', 'desc'),
);

const movementsByBookingIds = statementForKeys((db: Kysely<PnomisTables>, bookingIds: readonly number[]) =>
  db
    .selectFrom('movement')
    .selectAll()
    .where('bookingId', 'in', bookingIds)
    .orderBy('occurredAt')
    .orderBy('movementId'),
);

const sentencesByBookingIds = statementForKeys((db: Kysely<PnomisTables>, bookingIds: readonly number[]) =>
  db
    .selectFrom('sentence')
    .selectAll()
    .where('bookingId', 'in', bookingIds)
    .orderBy('startDate')
    .orderBy('sentenceId'),
);

/**
 * The P-Nomis store: every read takes a list of keys and runs one statement, so that the per-request loaders can
 * batch the entity lookups of a whole gateway fetch into one query per table.
 */
export function createPnomisStore(database: StoreDatabase<PnomisTables>) {
  const { db, dialect } = database;
  return {
    ...createLearningStore(database),
    ...createContactStore(database),
    ...createMovementStore(database),
    findOffendersByPncIds: (pncIds: readonly string[]) => offendersByPncIds(db, dialect, pncIds),

    findOffendersByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      offendersByPrisonNumbers(db, dialect, prisonNumbers),

    findBookingsByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      bookingsByPrisonNumbers(db, dialect, prisonNumbers),

    findMovementsByBookingIds: (bookingIds: readonly number[]) =>
      movementsByBookingIds(db, dialect, bookingIds),

    findSentencesByBookingIds: (bookingIds: readonly number[]) =>
      sentencesByBookingIds(db, dialect, bookingIds),

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

    /**
     * The people recorded with these particulars, in prison-number order, at most `limit`. The names searched for
     * are folded as the stored ones were when written (lib/search/foldedName.ts), so that both engines match
     * "ZOË" with "Zoë" alike; the (last_name_folded, date_of_birth) index answers the search. With a
     * caseload, only people whose active booking (or, once released, latest booking) is at one of its prisons:
     * filtered here, before the limit, so that the others are not counted either.
     */
    findOffendersByParticulars: async (
      { lastName, firstName, dateOfBirth }: PersonParticulars,
      caseload: readonly string[] | null,
      limit: number,
    ) => {
      if (caseload !== null && caseload.length === 0) return [];
      return db
        .selectFrom('offender')
        .selectAll('offender')
        .where('offender.lastNameFolded', '=', foldedName(lastName))
        .where('offender.dateOfBirth', '=', dateOfBirth)
        .$if(firstName !== null, (query) =>
          query.where('offender.firstNameFolded', '=', foldedName(firstName ?? '')),
        )
        .$if(caseload !== null, (query) =>
          query.where((eb) =>
            eb(establishmentQuery(db, eb.ref('offender.prisonNumber')), 'in', caseload ?? []),
          ),
        )
        .orderBy('offender.prisonNumber')
        .limit(limit)
        .execute();
    },

    /** A cheap statement that fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The P-Nomis store's interface; a real P-Nomis adapter would implement the same. */
export type PnomisStore = ReturnType<typeof createPnomisStore>;
