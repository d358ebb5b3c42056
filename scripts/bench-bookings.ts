/**
 * `npx tsx scripts/bench-bookings.ts --scale 0.05 --seconds 20 [--concurrency 64] [--max-bookings 20000]
 * [--from <seeded data dir>] [--keep] [--profile] [--split]`: sustained booking load through the gateway.
 *
 * Seeds a temporary data folder at the scale given (or copies the stores of an already seeded folder, --from, so
 * that a national-scale data set is seeded once), boots the four subgraphs and the gateway in this process on
 * loopback ports, as the integration tests do, and has `--concurrency` clients book visits for prisoners in
 * custody as public visit bookers, through the registered VisitBooking operation, for `--seconds` or until
 * `--max-bookings` requests have been sent. It prints confirmed bookings per second, latency percentiles, the
 * refusals by code, where the time went, and then checks the visits store itself: the count of overbooked
 * sessions and of duplicate bookings, which must be zero. --profile samples the CPU while the load runs and
 * prints where the time went by package. --split runs the visits and P-Nomis subgraphs as processes of their
 * own, as they are deployed, so that the gateway, the subgraphs and the load share both cores.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startSystem, prepareDataDir, timings } from './bookingBench/bookingSystem';
import { profiled } from './bookingBench/cpuProfile';
import { drive, percentile } from './bookingBench/driveBookings';
import { plannedJobs } from './bookingBench/plannedJobs';
import { checkStore } from './bookingBench/storeChecks';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.05' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '64' },
    'max-bookings': { type: 'string', default: '50000' },
    bookers: { type: 'string', default: '200' },
    from: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    split: { type: 'boolean', default: false },
  },
});

function positive(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const SCALE = positive('scale', values.scale);
const SECONDS = positive('seconds', values.seconds);
const CONCURRENCY = Math.floor(positive('concurrency', values.concurrency));
const MAX_BOOKINGS = Math.floor(positive('max-bookings', values['max-bookings']));
const BOOKERS = Math.floor(positive('bookers', values.bookers));
const LOAD = { seconds: SECONDS, concurrency: CONCURRENCY, maxBookings: MAX_BOOKINGS, bookers: BOOKERS };

async function main(): Promise<void> {
  const dataDir = await prepareDataDir(values.from, SCALE);
  const system = await startSystem(dataDir, values.split === true);
  try {
    const jobs = await plannedJobs(system);
    console.log(
      `${jobs.length} bookings planned; ${CONCURRENCY} concurrent clients, ${BOOKERS} public bookers, ` +
        `for ${SECONDS} s or ${MAX_BOOKINGS} requests`,
    );
    const [run, byPackage] = values.profile
      ? await profiled(() => drive(system, jobs, LOAD))
      : [await drive(system, jobs, LOAD), new Map<string, number>()];
    const booked = run.outcomes.get('BOOKED') ?? 0;
    const store = await checkStore(system);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`\nRequests sent            ${run.sent} in ${run.seconds.toFixed(1)} s`);
    console.log(`Confirmed bookings       ${booked} (${(booked / run.seconds).toFixed(1)} per second)`);
    console.log(
      `Latency of bookings      p50 ${ms(percentile(run.latencies, 0.5))}, p95 ${ms(percentile(run.latencies, 0.95))}, ` +
        `p99 ${ms(percentile(run.latencies, 0.99))}`,
    );
    console.log(
      `Outcomes                 ${[...run.outcomes].map(([code, n]) => `${code} ${n}`).join(', ')}`,
    );
    console.log(
      `CPU of this process      ${(run.cpuMs / Math.max(1, booked)).toFixed(1)} ms per confirmed booking ` +
        `(${(run.cpuMs / 1000 / run.seconds).toFixed(2)} cores busy; retries with the same key: ${run.retries})`,
    );
    const where = values.split
      ? 'the gateway and the load; the subgraphs run apart'
      : 'one thread runs it all';
    console.log(`Event loop busy          ${(run.utilisation.utilization * 100).toFixed(0)}% (${where})`);
    if (!values.split) {
      console.log(
        `P-Nomis look-ups         ${timings.pnomisCalls}, mean ${ms(timings.pnomisMs / Math.max(1, timings.pnomisCalls))}`,
      );
      console.log(
        `Store transactions       ${timings.batches}, mean ${(timings.batchedWrites / Math.max(1, timings.batches)).toFixed(1)} ` +
          `writes and ${ms(timings.batchMs / Math.max(1, timings.batches))} each (group commit, synchronous FULL)`,
      );
    }
    if (byPackage.size > 0) {
      const total = [...byPackage.values()].reduce((sum, ms) => sum + ms, 0);
      const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 14);
      console.log(
        'CPU while loaded         ' +
          top.map(([where, t]) => `${where} ${((t / total) * 100).toFixed(0)}%`).join(', '),
      );
    }
    console.log(`Stored bench bookings    ${store.storedBookings} (acknowledged: ${booked})`);
    console.log(`Overbooked sessions      ${store.overbookedSessions}`);
    console.log(`Duplicate bookings       ${store.duplicateBookings}`);
    // Every acknowledged booking must be stored; one stored but refused as transient after retries is possible.
    if (store.overbookedSessions > 0 || store.duplicateBookings > 0 || store.storedBookings < booked) {
      process.exitCode = 1;
    }
  } finally {
    await system.stop();
    if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
    else console.log(`Kept ${dataDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
