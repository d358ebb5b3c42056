/**
 * `npm run bench:bookings -- [--scale 1] [--seconds 20] [--concurrency 64] [--max-bookings 50000] [--bookers 200]`:
 * sustained booking load through the gateway.
 *
 * Seeds the benchmark's data at the scale given once (data/bench/scale-<scale>, shared with `npm run bench`;
 * national scale takes some minutes the first time), starts the four subgraphs and the gateway each in a
 * process of its own, as they are deployed, and has `--concurrency` clients book visits for prisoners in
 * custody as public visit bookers, through the registered VisitBooking operation, for `--seconds` or until
 * `--max-bookings` requests have been sent or every planned booking has been tried once. Each booker first links
 * the prisoners it books for to its account (LinkPrisonerToBookingAccount, as a member of the public must), and
 * names approved contacts of the prisoner as visitors. It prints how fast the links were made, confirmed
 * bookings per second, latency percentiles, the refusals by code, the CPU each process used per booking, and
 * then checks the visits store itself: the count of overbooked sessions and of duplicate bookings, and of
 * visiting-order balances below zero or disagreeing with the visits booked, which must all be zero (the command
 * fails otherwise).
 */
import { parseArgs } from 'node:util';
import { positiveOptionOrExit } from '../bench/positiveOption';
import { startSystem } from './bookingBench/bookingSystem';
import { percentile } from '../bench/load/percentile';
import { bookerTokens, drive } from './bookingBench/driveBookings';
import { linkPrisonersToBookers } from '../bench/load/bookerLinks';
import { plannedJobs } from './bookingBench/plannedJobs';
import { checkStore } from './bookingBench/storeChecks';
import { checkVisitingOrders } from './bookingBench/visitingOrderChecks';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '64' },
    'max-bookings': { type: 'string', default: '50000' },
    bookers: { type: 'string', default: '200' },
  },
});

const SCALE = positiveOptionOrExit('scale', values.scale);
const SECONDS = positiveOptionOrExit('seconds', values.seconds);
const CONCURRENCY = Math.floor(positiveOptionOrExit('concurrency', values.concurrency));
const MAX_BOOKINGS = Math.floor(positiveOptionOrExit('max-bookings', values['max-bookings']));
const BOOKERS = Math.floor(positiveOptionOrExit('bookers', values.bookers));
const LOAD = { seconds: SECONDS, concurrency: CONCURRENCY, maxBookings: MAX_BOOKINGS };

// More bookings a second than this system makes on such a machine: the bookings the run can reach, whose prisoners
// the bookers link first (linking every prisoner at national scale would take minutes for bookings never sent).
const MOST_BOOKINGS_PER_SECOND = 2000;

async function main(): Promise<void> {
  const system = await startSystem(SCALE);
  try {
    const { jobs, prisoners } = await plannedJobs(
      system,
      Math.min(MAX_BOOKINGS, Math.ceil(SECONDS * MOST_BOOKINGS_PER_SECOND)),
    );
    console.log(
      `${jobs.length} bookings planned at scale ${SCALE}; ${CONCURRENCY} concurrent clients, ${BOOKERS} public ` +
        `bookers, for ${SECONDS} s or ${MAX_BOOKINGS} requests`,
    );
    // Each booker links the prisoners it books for to its account first, as a member of the public must.
    const tokens = await bookerTokens(system, BOOKERS);
    const linking = await linkPrisonersToBookers({
      gateway: 'justice',
      graphqlUrl: system.gateway.graphqlUrl,
      tokens,
      prisoners,
      concurrency: Math.min(CONCURRENCY, BOOKERS),
    });
    console.log(
      `Linked                   ${linking.linked} prisoners to their bookers in ${linking.seconds.toFixed(1)} s ` +
        `(${(linking.linked / linking.seconds).toFixed(0)} a second)`,
    );
    const run = await drive(system, jobs, tokens, LOAD);
    const booked = run.outcomes.get('BOOKED') ?? 0;
    const store = await checkStore(system.visitsDb);
    const ledger = await checkVisitingOrders(system.visitsDb);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const perBooking = (cpuMs: number) => `${(cpuMs / Math.max(1, booked)).toFixed(2)} ms`;
    console.log(`\nRequests sent            ${run.sent} in ${run.seconds.toFixed(1)} s`);
    console.log(`Confirmed bookings       ${booked} (${(booked / run.seconds).toFixed(1)} per second)`);
    console.log(
      `Latency of bookings      p50 ${ms(percentile(run.latencies, 0.5))}, p95 ${ms(percentile(run.latencies, 0.95))}, ` +
        `p99 ${ms(percentile(run.latencies, 0.99))}`,
    );
    console.log(
      `Outcomes                 ${[...run.outcomes].map(([code, n]) => `${code} ${n}`).join(', ')}`,
    );
    const processes = [...run.cpuMsByProcess, ['the load (this process)', run.cpuMs] as const];
    const total = processes.reduce((sum, [, cpuMs]) => sum + cpuMs, 0);
    console.log(
      `CPU per booking          ${perBooking(total)} in all: ` +
        processes.map(([name, cpuMs]) => `${name} ${perBooking(cpuMs)}`).join(', '),
    );
    console.log(
      `Cores busy               ${(total / 1000 / run.seconds).toFixed(2)} (retries with the same key: ${run.retries})`,
    );
    console.log(
      `SQL statements           ${(run.statements / Math.max(1, run.sent)).toFixed(1)} per request (visits and P-Nomis)`,
    );
    console.log(`Stored bench bookings    ${store.storedBookings} (acknowledged: ${booked})`);
    console.log(`Overbooked sessions      ${store.overbookedSessions}`);
    console.log(`Duplicate bookings       ${store.duplicateBookings}`);
    console.log(
      `Visiting orders          ${ledger.ordersUsed} used, ${ledger.ordersAvailable} free; balances below zero ` +
        `${ledger.balancesBelowZero} (${ledger.visitsWithoutOrder} visits without an order), disagreeing with ` +
        `the visits booked ${ledger.balancesDisagreeing} (${ledger.ordersDisagreeing} orders)`,
    );
    // Every acknowledged booking must be stored; one stored but refused as transient after retries is possible.
    if (
      store.overbookedSessions > 0 ||
      store.duplicateBookings > 0 ||
      store.storedBookings < booked ||
      ledger.balancesBelowZero > 0 ||
      ledger.balancesDisagreeing > 0
    ) {
      process.exitCode = 1;
    }
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
