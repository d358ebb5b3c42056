import type { Kysely } from 'kysely';
import { fixedStatement, statementForKeys } from '@lib/store/fixedStatement';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';

const contactsByPrisonNumbers = statementForKeys(
  (db: Kysely<PnomisTables>, prisonNumbers: readonly string[]) =>
    db
      .selectFrom('prisonerContact')
      .selectAll()
      .where('prisonNumber', 'in', prisonNumbers)
      .orderBy('contactId'),
);

const restrictionsByContactIds = statementForKeys((db: Kysely<PnomisTables>, contactIds: readonly number[]) =>
  db
    .selectFrom('contactRestriction')
    .selectAll()
    .where('contactId', 'in', contactIds)
    .orderBy('startsOn')
    .orderBy('restrictionId'),
);

// One statement whatever the answer: the person's date of birth and the prison of their active booking, if any.
// Unknown, released and held people cost the same, so that how long the answer takes says nothing of which.
const particularsOf = fixedStatement((db: Kysely<PnomisTables>, v: { prisonNumber: string }) =>
  db
    .selectFrom('offender')
    .leftJoin('booking', (join) =>
      join.onRef('booking.prisonNumber', '=', 'offender.prisonNumber').on('booking.active', '=', 1),
    )
    .select(['offender.dateOfBirth', 'booking.prisonCode'])
    .where('offender.prisonNumber', '=', v.prisonNumber),
);

/** The contacts of prisoners in the P-Nomis store: reads batch by key, for the per-request loaders. */
export function createContactStore({ db, dialect }: StoreDatabase<PnomisTables>) {
  return {
    findContacts: async (prisonNumbers: readonly string[]) =>
      contactsByPrisonNumbers(db, dialect, prisonNumbers),
    findContactRestrictions: async (contactIds: readonly number[]) =>
      restrictionsByContactIds(db, dialect, contactIds),
    /** The date of birth P-Nomis records for a prison number, with the prison holding them now (null if none). */
    findParticulars: async (prisonNumber: string) =>
      (await particularsOf(db, dialect, { prisonNumber })).rows,
  };
}
