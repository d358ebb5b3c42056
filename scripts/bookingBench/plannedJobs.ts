import { type BookingJob, openPlacesLeft, planJobs, shuffle } from '../../bench/load/bookingJobs';
import { prisonersHeld, type PrisonerInCustody } from '../../bench/system/population';
import { contactsInCustody } from '../../bench/system/prisonerContacts';
import type { System } from './bookingSystem';
import { type ContendedSession, planContendedJobs } from './contendedJobs';

/** A booking to attempt: a prisoner, a session at the prison holding them, a date, and who visits; and its share. */
export type Job = BookingJob & { contended: boolean };

/** What a run books: the jobs in the order they are sent, the prisoners they are for, the popular sessions. */
export interface PlannedBookings {
  jobs: Job[];
  prisoners: PrisonerInCustody[];
  contendedSessions: ContendedSession[];
}

/**
 * How many contended bookings make `contendedFraction` of the plan. Each is for a prisoner of its own, who then
 * books none of the spread share; where the prisoners, not `maxJobs`, bound the plan (a small scale), taking C
 * of P prisoners leaves (P - C) x `spreadPerPrisoner` spread bookings, and C is solved for so that the share
 * still comes out right.
 */
function contendedWanted(
  spreadOverEveryone: number,
  prisoners: number,
  { maxJobs, contendedFraction: f }: { maxJobs: number; contendedFraction: number },
): number {
  const perPrisoner = spreadOverEveryone / Math.max(1, prisoners);
  const boundByPrisoners = (f * perPrisoner * prisoners) / (1 - f + f * perPrisoner);
  return Math.round(Math.min(f * maxJobs, boundByPrisoners));
}

/**
 * The bookings to attempt, at most `maxJobs`, read from the system's own stores, in random order:
 * - `contendedFraction` of them aimed at popular sessions (contendedJobs.ts), more than their places (none when
 *   the share is too small to outnumber a popular session's places);
 * - the rest spread as the benchmark plans them: every other prisoner in custody twice, a week or more apart, at
 *   sessions of the prison holding them with an open place left (none of the popular ones), naming approved
 *   contacts free to visit that day.
 * With them, the prisoners they are for, whom the bookers link first.
 */
export async function plannedJobs(
  system: System,
  maxJobs: number,
  contendedFraction: number,
): Promise<PlannedBookings> {
  const prisonersInCustody = await prisonersHeld(system.pnomisDb);
  const contacts = await contactsInCustody(system.pnomisDb);
  const placesLeft = await openPlacesLeft(system.visitsStore);
  const contended = planContendedJobs(
    prisonersInCustody,
    placesLeft,
    contacts,
    contendedWanted(planJobs(prisonersInCustody, placesLeft, contacts).length, prisonersInCustody.length, {
      maxJobs,
      contendedFraction,
    }),
  );
  const uncontendedPlaces = new Map(placesLeft);
  for (const session of contended.sessions) uncontendedPlaces.delete(session.key);
  const spread = planJobs(
    prisonersInCustody.filter((prisoner) => !contended.prisonNumbers.has(prisoner.prisonNumber)),
    uncontendedPlaces,
    contacts,
  ).slice(0, Math.max(0, maxJobs - contended.jobs.length));
  const jobs = shuffle([
    ...contended.jobs.map((job) => ({ ...job, contended: true })),
    ...spread.map((job) => ({ ...job, contended: false })),
  ]);
  const booked = new Set(jobs.map((job) => job.prisonNumber));
  return {
    jobs,
    prisoners: prisonersInCustody.filter((prisoner) => booked.has(prisoner.prisonNumber)),
    contendedSessions: contended.sessions,
  };
}
