import type { Expression, Kysely } from 'kysely';
import type { PnomisTables } from './pnomisTables';

/**
 * The statement, to compare with a caseload's prisons in a query over people, that finds a person's
 * establishment: the prison of the active booking, or of the latest one once released, as
 * services/heldInCaseload.ts decides for a single person. Filtering in the statement, before any limit, leaves
 * the people outside the caseload out of pages and counts too. (An empty caseload is the caller's to answer:
 * `in ()` is not SQL on PostgreSQL.)
 */
export function establishmentQuery(db: Kysely<PnomisTables>, prisonNumber: Expression<string>) {
  return db
    .selectFrom('booking as establishment')
    .select('establishment.prisonCode')
    .where('establishment.prisonNumber', '=', prisonNumber)
    .orderBy('establishment.active', 'desc')
    .orderBy('establishment.beganOn', 'desc')
    .orderBy('establishment.bookingId', 'desc')
    .limit(1);
}
