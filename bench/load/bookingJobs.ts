import { sql } from 'kysely';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { sessionsAt } from '../../subgraphs/visits/src/booking/visitAvailability';
import { addDays, londonNow } from '@lib/time/londonTime';
import { datesBetween } from '../../subgraphs/visits/src/services/visitSessions';
import { createVisitsStore } from '../../subgraphs/visits/src/store/visitsStore';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import type { Population, PrisonerInCustody } from '../system/population';
import { type ContactOnRecord, type PartyMember, visitorParty } from './visitorParty';
import { type LedgerSnapshot, restoreLedger, snapshotLedger } from './ledgerSnapshot';

/** Subjects of the benchmark's callers start with this, so that their bookings can be told apart and undone. */
export const BENCH_SUBJECT_PREFIX = 'bench-';

/** A booking to attempt: a prisoner, a session at the prison holding them, a date, and who visits. */
export interface BookingJob {
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
  /** Approved contacts of the prisoner free to visit that day, an adult leading: P-Nomis refuses anyone else. */
  visitors: PartyMember[];
}

/** The bookings of a run, and the means to give every gateway the same store to book into. */
export interface BookingJobs {
  /** How many bookings are planned: each measurement books each of them at most once. */
  jobCount: number;
  /** The prisoners the bookings are for: each simulated booker must have linked the ones it books for. */
  prisonNumbers: ReadonlySet<string>;
  /** The inputs of the bookings, in the same order for every measurement, each with a key of its own. */
  cursor(label: string): () => BookVisitInput;
  /** Undoes the benchmark's bookings, so that the next measurement books into the store as seeded. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** `items` in random order, shuffled in place. */
export function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** The days ahead bookings are planned in: inside every prison's booking window (2 to 28 days). */
const FIRST_DAY = 2;
const LAST_DAY = 28;

/** The key of one session on one date. */
export const sessionKey = (prisonCode: string, date: string, startTime: string) =>
  `${prisonCode}|${date}|${startTime}`;

/**
 * The open places each session has left on each date of the planning window, as the store holds them now and as
 * the visits subgraph itself reckons them for availability (sessionsAt): open capacity less the visits and live
 * reservations already holding a place (the seeded data books sessions ahead too).
 */
export async function openPlacesLeft(store: StoreDatabase<VisitsTables>): Promise<Map<string, number>> {
  const visits = createVisitsStore(store);
  const today = londonNow(new Date()).date;
  const dates = datesBetween(addDays(today, FIRST_DAY), addDays(today, LAST_DAY));
  const at = { iso: new Date().toISOString(), date: today };
  const prisons = await store.db.selectFrom('sessionTemplate').select('prisonCode').distinct().execute();
  const places = new Map<string, number>();
  for (const { prisonCode } of prisons) {
    for (const session of await sessionsAt(visits, prisonCode, dates, at)) {
      places.set(sessionKey(prisonCode, session.date, session.startTime), session.openAvailable);
    }
  }
  return places;
}

/** The input of bookVisit for a planned booking. */
export type BookVisitInput = BookingJob & { restriction: 'OPEN'; idempotencyKey: string };

/** A job's input to bookVisit, with its own idempotency key. */
export function bookingInput(job: BookingJob, idempotencyKey: string): BookVisitInput {
  const { prisonNumber, prisonCode, date, startTime, visitors } = job;
  return { prisonNumber, prisonCode, date, startTime, restriction: 'OPEN', idempotencyKey, visitors };
}

/**
 * Every prisoner in custody twice, a week or more apart (inside a sentenced prisoner's two visiting orders and
 * a remand prisoner's weekly limit), at sessions of the prison holding them that still have an open place, with
 * approved contacts free to visit that day: every planned booking can be made, so that a refusal in a
 * measurement is a fault, not the plan's. A prisoner no contact of whom may visit is left out.
 */
export function planJobs(
  prisonersInCustody: readonly PrisonerInCustody[],
  placesLeft: ReadonlyMap<string, number>,
  contacts: ReadonlyMap<string, readonly ContactOnRecord[]>,
): BookingJob[] {
  const left = new Map(placesLeft);
  const timesByPrisonDate = new Map<string, string[]>();
  for (const key of left.keys()) {
    const [prisonCode, date, startTime] = key.split('|') as [string, string, string];
    const prisonDate = `${prisonCode}|${date}`;
    timesByPrisonDate.set(prisonDate, [...(timesByPrisonDate.get(prisonDate) ?? []), startTime]);
  }
  const today = londonNow(new Date()).date;
  const sessionOn = (prisonCode: string, from: number, to: number) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const date = addDays(today, from + Math.floor(Math.random() * (to - from + 1)));
      const times = (timesByPrisonDate.get(`${prisonCode}|${date}`) ?? []).filter(
        (time) => (left.get(sessionKey(prisonCode, date, time)) ?? 0) > 0,
      );
      const startTime = times[Math.floor(Math.random() * times.length)];
      if (startTime) {
        const key = sessionKey(prisonCode, date, startTime);
        left.set(key, (left.get(key) ?? 0) - 1);
        return { prisonCode, date, startTime };
      }
    }
    return null;
  };
  const jobs: BookingJob[] = [];
  for (const prisoner of shuffle([...prisonersInCustody])) {
    const known = contacts.get(prisoner.prisonNumber) ?? [];
    for (const session of [
      sessionOn(prisoner.prisonCode, FIRST_DAY, 13),
      sessionOn(prisoner.prisonCode, 16, LAST_DAY),
    ]) {
      const visitors = session ? visitorParty(known, session.date) : null;
      if (session && visitors) jobs.push({ prisonNumber: prisoner.prisonNumber, ...session, visitors });
    }
  }
  return shuffle(jobs);
}

/** Deletes the benchmark's bookings and puts the visiting-order ledger back as it was before the run. */
async function undoBenchBookings(store: StoreDatabase<VisitsTables>, ledger: LedgerSnapshot): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    // A write first, so the transaction takes the write lock (waiting for it) before it reads anything.
    await trx
      .deleteFrom('visitor')
      .where('visitReference', 'in', (eb) =>
        eb.selectFrom('visit').select('reference').where('bookedBy', 'like', `${BENCH_SUBJECT_PREFIX}%`),
      )
      .execute();
    const booked = await trx
      .selectFrom('visit')
      .select('prisonNumber')
      .distinct()
      .where('bookedBy', 'like', `${BENCH_SUBJECT_PREFIX}%`)
      .execute();
    await trx.deleteFrom('visit').where('bookedBy', 'like', `${BENCH_SUBJECT_PREFIX}%`).execute();
    await restoreLedger(
      trx,
      ledger,
      booked.map((row) => row.prisonNumber),
    );
  });
}

/**
 * Plans the bookings of a run against its copy of the visits store, at most `maxJobs` of them. Each measurement
 * books the same jobs in the same order into the store as seeded, so that no gateway books into sessions
 * another has filled.
 */
export async function prepareBookingJobs(
  population: Population,
  visitsLocation: string,
  maxJobs = Number.POSITIVE_INFINITY,
): Promise<BookingJobs> {
  // Bookings still in flight when a measurement ends hold the store's write lock for a moment: wait for them.
  const store = openDatabase<VisitsTables>(visitsLocation, { busyTimeoutMs: 60_000 });
  const jobs = planJobs(
    population.prisonersInCustody,
    await openPlacesLeft(store),
    population.contacts,
  ).slice(0, maxJobs);
  const ledger = await snapshotLedger(store.db, [...new Set(jobs.map((job) => job.prisonNumber))]);
  let measurement = 0;
  return {
    jobCount: jobs.length,
    prisonNumbers: new Set(jobs.map((job) => job.prisonNumber)),
    cursor: (label) => {
      measurement += 1;
      const prefix = `${label}-${measurement}-${process.pid}`;
      let sent = 0;
      return () => {
        // A measurement sends at most jobCount requests (driveLoad's maxRequests); past the last job the list would
        // start again, and those bookings would be refused.
        const job = jobs[sent % jobs.length] as BookingJob;
        sent += 1;
        return bookingInput(job, `${prefix}-${sent}`);
      };
    },
    reset: async () => {
      // A booking still committing when a measurement ends may refuse the reset its lock: try again shortly.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await undoBenchBookings(store, ledger);
        } catch (error) {
          if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') !== true || attempt >= 40)
            throw error;
          await new Promise((resolveWait) => setTimeout(resolveWait, 250));
        }
      }
    },
    close: () => store.close(),
  };
}

/** How many of the benchmark's bookings the store holds (a check that bookings really were made). */
export async function benchBookingsIn(store: StoreDatabase<VisitsTables>): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*) as n from visit where booked_by like ${`${BENCH_SUBJECT_PREFIX}%`}`.execute(store.db);
  return Number(result.rows[0]?.n ?? 0);
}
