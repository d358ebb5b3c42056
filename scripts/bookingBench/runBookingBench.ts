import { openPlacesLeft } from '../../bench/load/bookingJobs';
import { linkPrisonersToBookers } from '../../bench/load/bookerLinks';
import type { BenchEngine } from '../../bench/system/benchData';
import type { StoreLocations } from '../../seed/storeStreams';
import { OutcomeTally } from './bookingOutcomes';
import { type BookingBenchFigures, reportLines } from './bookingReport';
import { startSystem } from './bookingSystem';
import { bookerTokens, drive } from './driveBookings';
import { plannedJobs } from './plannedJobs';
import { checkStore } from './storeChecks';
import { checkVisitingOrders } from './visitingOrderChecks';

/** What `npm run bench:bookings` runs, as its options say. */
export interface BookingBenchOptions {
  scale: number;
  seconds: number;
  concurrency: number;
  maxBookings: number;
  bookers: number;
  /** The share of the bookings aimed at popular sessions, far beyond their places. */
  contended: number;
  engine: BenchEngine;
  replicas: number;
  /** The seeded data's folder (and, on PostgreSQL, its stores) when not the benchmark's own: a test's. */
  seededDir?: string;
  seededStores?: StoreLocations;
}

// More bookings a second than this system makes on such a machine: the bookings the run can reach, whose prisoners
// the bookers link first (linking every prisoner at national scale would take minutes for bookings never sent).
const MOST_BOOKINGS_PER_SECOND = 2000;

/**
 * Starts the system, plans the bookings, links their prisoners to the bookers, drives the bookings through the
 * gateway (or the round-robin in front of its replicas), checks the visits store afterwards, and logs the
 * report. The run passes when no answer was an error and every check of the store holds.
 */
export async function runBookingBench(options: BookingBenchOptions, log: (line: string) => void) {
  const system = await startSystem({ ...options, log });
  try {
    const plan = await plannedJobs(
      system,
      Math.min(options.maxBookings, Math.ceil(options.seconds * MOST_BOOKINGS_PER_SECOND)),
      options.contended,
    );
    const contendedJobs = plan.jobs.filter((job) => job.contended).length;
    log(
      `${plan.jobs.length} bookings planned at scale ${options.scale} on ${options.engine}, ${contendedJobs} of them ` +
        `for ${plan.contendedSessions.length} popular sessions; ${options.concurrency} concurrent clients, ` +
        `${options.bookers} public bookers, ${options.replicas} gateway replica(s), for ${options.seconds} s or ` +
        `${options.maxBookings} requests`,
    );
    // Each booker links the prisoners it books for to its account first, as a member of the public must.
    const tokens = await bookerTokens(system, options.bookers);
    const linking = await linkPrisonersToBookers({
      gateway: 'justice',
      graphqlUrl: system.entry.graphqlUrl,
      tokens,
      prisoners: plan.prisoners,
      concurrency: Math.min(options.concurrency, options.bookers),
    });
    // Forgets the requests served so far (the links, the readiness checks), so that each replica's count is the run's.
    await Promise.all(system.replicas.map((replica) => replica.takeTimings()));
    const run = await drive(system, plan.jobs, tokens, options);
    const requestsByReplica = await Promise.all(
      system.replicas.map(async (replica) => [replica.name, (await replica.takeTimings()).length] as const),
    );
    const placesAfter = await openPlacesLeft(system.visitsStore);
    const contendedSessions = plan.contendedSessions.map((session) => ({
      ...session,
      placesLeftAfter: placesAfter.get(session.key) ?? 0,
    }));
    const store = await checkStore(system.visitsDb);
    const ledger = await checkVisitingOrders(system.visitsDb);
    const figures: BookingBenchFigures = {
      linking,
      run,
      requestsByReplica,
      contendedSessions,
      store,
      ledger,
    };
    for (const line of reportLines(figures)) log(line);
    return { ...figures, planned: plan.jobs.length, passed: passed(figures) };
  } finally {
    await system.stop();
  }
}

/**
 * No errors, no session over capacity, no booking made twice, every acknowledged booking stored (one stored but
 * refused as transient after retries is possible), no visiting-order balance below zero or disagreeing.
 */
function passed({ run, store, ledger }: BookingBenchFigures): boolean {
  const all = OutcomeTally.together([run.outcomes.contended, run.outcomes.spread]);
  return (
    all.count('error') === 0 &&
    store.overbookedSessions === 0 &&
    store.duplicateBookings === 0 &&
    store.storedBookings >= all.count('confirmed') &&
    ledger.balancesBelowZero === 0 &&
    ledger.balancesDisagreeing === 0
  );
}
