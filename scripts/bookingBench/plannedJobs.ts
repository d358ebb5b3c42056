import { type BookingJob, openPlacesLeft, planJobs } from '../../bench/load/bookingJobs';
import { prisonersHeld, type PrisonerInCustody } from '../../bench/system/population';
import { contactsInCustody } from '../../bench/system/prisonerContacts';
import type { System } from './bookingSystem';

/** A booking to attempt: a prisoner, a session at the prison holding them, a date, and who visits. */
export type Job = BookingJob;

/**
 * The bookings to attempt, planned as the benchmark plans them, at most `maxJobs`: every prisoner in custody
 * twice, a week or more apart, at sessions of the prison holding them with an open place left, naming approved
 * contacts free to visit that day; read from the system's own stores. With them, the prisoners they are for, whom
 * the bookers link first.
 */
export async function plannedJobs(
  system: System,
  maxJobs: number,
): Promise<{ jobs: Job[]; prisoners: PrisonerInCustody[] }> {
  const prisonersInCustody = await prisonersHeld(system.pnomisDb);
  const contacts = await contactsInCustody(system.pnomisDb);
  const jobs = planJobs(prisonersInCustody, await openPlacesLeft(system.visitsStore), contacts).slice(
    0,
    maxJobs,
  );
  const booked = new Set(jobs.map((job) => job.prisonNumber));
  return { jobs, prisoners: prisonersInCustody.filter((prisoner) => booked.has(prisoner.prisonNumber)) };
}
