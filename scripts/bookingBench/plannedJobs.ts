import { type BookingJob, openPlacesLeft, planJobs } from '../../bench/load/bookingJobs';
import type { System } from './bookingSystem';

/** A booking to attempt: a prisoner, a session at the prison holding them, a date. */
export type Job = BookingJob;

/**
 * The bookings to attempt, planned as the benchmark plans them: every prisoner in custody twice, a week or more
 * apart, at sessions of the prison holding them with an open place left; read from the system's own stores.
 */
export async function plannedJobs(system: System): Promise<Job[]> {
  const prisonersInCustody = await system.pnomisDb
    .selectFrom('booking')
    .select(['prisonNumber', 'prisonCode'])
    .where('active', '=', 1)
    .execute();
  return planJobs(prisonersInCustody, await openPlacesLeft(system.visitsStore));
}
