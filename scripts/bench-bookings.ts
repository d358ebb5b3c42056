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
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance as perf } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { readGatewayConfig } from '../gateway/src/gatewayConfig';
import { startGateway } from '../gateway/src/startGateway';
import { readManifests } from '../gateway/src/trustedDocuments/persistedQueryManifest';
import { seedIfEmpty, storeLocations } from '../seed/seedStores';
import { startConfiscationSubgraph } from '../subgraphs/confiscation/src/confiscationSubgraph';
import { startCourtsSubgraph } from '../subgraphs/courts/src/courtsSubgraph';
import { startPnomisSubgraph } from '../subgraphs/pnomis/src/pnomisSubgraph';
import { addDays, isoDayOfWeek, londonNow } from '../subgraphs/visits/src/services/londonCalendar';
import { createStoreWriter } from '../subgraphs/visits/src/store/storeWriter';
import type { VisitsTables } from '../subgraphs/visits/src/store/visitsTables';
import type { PnomisTables } from '../subgraphs/pnomis/src/store/pnomisTables';
import { startVisitsSubgraph } from '../subgraphs/visits/src/visitsSubgraph';
import { createDevToken } from './token';

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

/** Failures that say nothing about the booking itself: the client asks again, with the same idempotency key. */
const TRANSIENT = /^(SUBGRAPH_UNAVAILABLE|STORE_UNAVAILABLE|PNOMIS_UNAVAILABLE|HTTP_5\d\d)$/;

/** A booking to attempt: a prisoner, a session at the prison holding them, a date. */
interface Job {
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
}

/** Where time went inside the visits subgraph. */
const timings = { pnomisMs: 0, pnomisCalls: 0, batches: 0, batchedWrites: 0, batchMs: 0 };

async function prepareDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-bookings-'));
  if (values.from) {
    // Copies the seeded stores, so that the bookings written here leave the original untouched.
    const from = storeLocations(values.from);
    const to = storeLocations(dataDir);
    for (const name of Object.keys(from) as (keyof typeof from)[]) {
      for (const suffix of ['', '-wal']) {
        if (existsSync(`${from[name]}${suffix}`))
          copyFileSync(`${from[name]}${suffix}`, `${to[name]}${suffix}`);
      }
    }
    copyFileSync(join(values.from, 'manifest.json'), join(dataDir, 'manifest.json'));
    console.log(`Copied the seeded stores of ${values.from} to ${dataDir}`);
  } else {
    const started = Date.now();
    await seedIfEmpty({ dataDir, scale: SCALE, parallel: true });
    console.log(`Seeded ${dataDir} at scale ${SCALE} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return dataDir;
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A subgraph run as a process of its own (`node --import tsx subgraphs/<name>/src/main.ts`), once ready. */
async function spawnSubgraph(name: 'pnomis' | 'visits', env: Record<string, string | undefined>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/main.ts`], {
    cwd: join(__dirname, '..'),
    env: { ...env, [`${name.toUpperCase()}_PORT`]: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 300) throw new Error(`the ${name} subgraph did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    graphqlUrl: `${url}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Measures the store's group commits and the live P-Nomis look-ups of an in-process visits subgraph. */
function instrument(visits: Awaited<ReturnType<typeof startVisitsSubgraph>>): void {
  const booking = visits.visits.booking;
  booking.writer = createStoreWriter(visits.visits.database, {
    onBatch: (writes, ms) => {
      timings.batches += 1;
      timings.batchedWrites += writes;
      timings.batchMs += ms;
    },
  });
  const locator = booking.locator;
  booking.locator = {
    locate: async (prisonNumber, credential) => {
      const started = performance.now();
      try {
        return await locator.locate(prisonNumber, credential);
      } finally {
        timings.pnomisMs += performance.now() - started;
        timings.pnomisCalls += 1;
      }
    },
  };
}

/** P-Nomis and visits, in this process (measured) or, with --split, each in a process of its own. */
async function startBookingSubgraphs(env: Record<string, string | undefined>) {
  if (values.split) {
    const pnomis = await spawnSubgraph('pnomis', env);
    const visits = await spawnSubgraph('visits', { ...env, VISITS_PNOMIS_URL: pnomis.graphqlUrl });
    return { pnomis, visits };
  }
  const pnomis = await startPnomisSubgraph(readSubgraphConfig('PNOMIS', 0, env));
  const visits = await startVisitsSubgraph(readSubgraphConfig('VISITS', 0, env), {
    ...env,
    VISITS_PNOMIS_URL: pnomis.graphqlUrl,
  });
  instrument(visits);
  return { pnomis, visits };
}

/** The subgraphs and the gateway, each on a free loopback port, and read-only views of the stores the bench checks. */
async function startSystem(dataDir: string) {
  const env = { ...process.env, LOG_LEVEL: 'silent', DATA_DIR: dataDir };
  const [{ pnomis, visits }, courts, confiscation] = await Promise.all([
    startBookingSubgraphs(env),
    startCourtsSubgraph(readSubgraphConfig('COURTS', 0, env)),
    startConfiscationSubgraph(readSubgraphConfig('CONFISCATION', 0, env)),
  ]);
  const gateway = await startGateway(
    readGatewayConfig({
      ...env,
      GATEWAY_PORT: '0',
      SUBGRAPH_COURTS_URL: courts.graphqlUrl,
      SUBGRAPH_PNOMIS_URL: pnomis.graphqlUrl,
      SUBGRAPH_VISITS_URL: visits.graphqlUrl,
      SUBGRAPH_CONFISCATION_URL: confiscation.graphqlUrl,
    }),
  );
  // A connection of the bench's own to each store it reads (SQLite's WAL lets it read beside the subgraphs).
  const pnomisStore = openDatabase<PnomisTables>(storeLocations(dataDir).pnomis);
  const visitsStore = openDatabase<VisitsTables>(storeLocations(dataDir).visits);
  return {
    env,
    gateway,
    pnomisDb: pnomisStore.db,
    visitsDb: visitsStore.db,
    stop: async () => {
      await gateway.stop();
      await Promise.all([courts.stop(), pnomis.stop(), visits.stop(), confiscation.stop()]);
      await Promise.all([pnomisStore.close(), visitsStore.close()]);
    },
  };
}

type System = Awaited<ReturnType<typeof startSystem>>;

function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/**
 * The bookings to attempt: every prisoner in custody twice, a week or more apart (inside a sentenced prisoner's
 * two visiting orders and a remand prisoner's weekly limit), at sessions of the prison holding them.
 */
async function plannedJobs(system: System): Promise<Job[]> {
  const prisoners = await system.pnomisDb
    .selectFrom('booking')
    .select(['prisonNumber', 'prisonCode'])
    .where('active', '=', 1)
    .execute();
  const templates = await system.visitsDb
    .selectFrom('sessionTemplate')
    .select(['prisonCode', 'dayOfWeek', 'startTime'])
    .execute();
  const byPrisonDay = new Map<string, string[]>();
  for (const template of templates) {
    const key = `${template.prisonCode}|${template.dayOfWeek}`;
    byPrisonDay.set(key, [...(byPrisonDay.get(key) ?? []), template.startTime]);
  }
  const today = londonNow(new Date()).date;
  const sessionOn = (prisonCode: string, from: number, to: number): Omit<Job, 'prisonNumber'> | null => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const date = addDays(today, from + Math.floor(Math.random() * (to - from + 1)));
      const times = byPrisonDay.get(`${prisonCode}|${isoDayOfWeek(date)}`) ?? [];
      const startTime = times[Math.floor(Math.random() * times.length)];
      if (startTime) return { prisonCode, date, startTime };
    }
    return null;
  };
  const jobs: Job[] = [];
  for (const prisoner of shuffle(prisoners)) {
    const first = sessionOn(prisoner.prisonCode, 2, 13);
    const second = sessionOn(prisoner.prisonCode, 16, 28);
    if (first) jobs.push({ prisonNumber: prisoner.prisonNumber, ...first });
    if (second) jobs.push({ prisonNumber: prisoner.prisonNumber, ...second });
  }
  return shuffle(jobs);
}

/** Native frames by what they are: better-sqlite3's statements (with the syncs to disk of commits), or V8's own. */
function nativeName(functionName: string): string {
  if (['run', 'all', 'get', 'iterate', 'Statement', 'exec', 'pragma'].includes(functionName)) return 'SQLite';
  return `(${functionName || 'native'})`;
}

/** A CPU profile of this process while `work` runs, summed by package (self time, ms). */
async function profiled<Result>(work: () => Promise<Result>): Promise<[Result, Map<string, number>]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byPackage = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples?.forEach((id, index) => {
    const url = nodes.get(id)?.callFrame.url ?? '';
    const where =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      /\/work\/[^/]+\/([^/]+\/[^/]+)/.exec(url)?.[1] ??
      (url === ''
        ? nativeName(nodes.get(id)?.callFrame.functionName ?? '')
        : url.replace(/^node:internal\//, 'node:'));
    byPackage.set(where, (byPackage.get(where) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  return [result, byPackage];
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Sends the bookings, `CONCURRENCY` at a time, until the time, the jobs or the request budget runs out. */
async function drive(system: System, jobs: Job[]) {
  const operation = [
    ...(readManifests(join(__dirname, '../trusted-documents')).get('public-visit-booker')?.values() ?? []),
  ].find((candidate) => candidate.name === 'VisitBooking');
  if (!operation) throw new Error('VisitBooking is not a registered operation of the public visit booker');
  const tokens = await Promise.all(
    Array.from({ length: BOOKERS }, (_, index) =>
      createDevToken(
        ['--agency', 'public-visit-booker', '--subject', `bench-booker-${index}`, '--expires', '1h'],
        system.env,
      ),
    ),
  );
  const outcomes = new Map<string, number>();
  const latencies: number[] = [];
  let sent = 0;
  let next = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const loop = perf.eventLoopUtilization();
  const cpu = process.cpuUsage();
  let retries = 0;
  const book = async (token: string, body: string): Promise<string> => {
    const response = await fetch(system.gateway.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-access-purpose': 'Booking a social visit for a friend or relative',
      },
      body,
    });
    const answer = (await response.json()) as {
      data?: { bookVisit?: { reference: string } } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return answer.data?.bookVisit
      ? 'BOOKED'
      : (answer.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`);
  };
  async function client(clientIndex: number): Promise<void> {
    while (performance.now() < deadline && sent < MAX_BOOKINGS && next < jobs.length) {
      const job = jobs[next] as Job;
      next += 1;
      sent += 1;
      const token = tokens[(clientIndex + sent) % tokens.length] ?? '';
      const request = JSON.stringify({
        documentId: operation?.id,
        variables: {
          input: {
            ...job,
            restriction: 'OPEN',
            idempotencyKey: `bench-${process.pid}-${sent}-${clientIndex}`,
            visitors: [
              {
                firstName: 'Ann',
                lastName: 'Bench',
                dateOfBirth: '1980-05-01',
                relationship: 'Wife',
                lead: true,
              },
              { firstName: 'Bo', lastName: 'Bench', dateOfBirth: '2015-05-01', relationship: 'Son' },
            ],
          },
        },
      });
      const before = performance.now();
      let code = await book(token, request);
      // As a real client would: a booking whose answer was lost is asked for again with the same key.
      for (let retry = 0; retry < 2 && TRANSIENT.test(code); retry += 1) {
        retries += 1;
        code = await book(token, request);
      }
      const elapsed = performance.now() - before;
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      if (code === 'BOOKED') latencies.push(elapsed);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;
  return {
    outcomes,
    latencies: latencies.sort((a, b) => a - b),
    seconds,
    sent,
    utilisation: perf.eventLoopUtilization(loop),
    cpuMs: (({ user, system: kernel }) => (user + kernel) / 1000)(process.cpuUsage(cpu)),
    retries,
  };
}

/** Counts, in the store itself, sessions booked beyond capacity and bookings made twice. */
async function checkStore(system: System) {
  const db = system.visitsDb;
  const now = new Date().toISOString();
  const live = sql`(v.status = 'BOOKED' or (v.status = 'RESERVED' and v.hold_expires_at > ${now}))`;
  const overbooked = await sql<{ n: number }>`
    select count(*) as n from (
      select v.session_template_id, v.session_date, v.restriction, count(*) as taken,
        max(case when v.restriction = 'OPEN' then t.open_capacity else t.closed_capacity end) as capacity
      from visit v join session_template t on t.session_template_id = v.session_template_id
      where ${live}
      group by v.session_template_id, v.session_date, v.restriction
    ) s where s.taken > s.capacity`.execute(db);
  const samePrisonerSession = await sql<{ n: number }>`
    select count(*) as n from (
      select prison_number from visit v where ${live}
      group by prison_number, session_template_id, session_date having count(*) > 1
    ) d`.execute(db);
  const overlapping = await sql<{ n: number }>`
    select count(*) as n from visit v join visit w
      on w.prison_number = v.prison_number and w.session_date = v.session_date and w.reference > v.reference
      and w.start_time < v.end_time and v.start_time < w.end_time
      and (w.status = 'BOOKED' or (w.status = 'RESERVED' and w.hold_expires_at > ${now}))
    where ${live} and v.booked_by like 'bench-%'`.execute(db);
  const sameKey = await sql<{ n: number }>`
    select count(*) as n from (
      select booked_by from visit where idempotency_key is not null
      group by booked_by, idempotency_key having count(*) > 1
    ) k`.execute(db);
  const stored = await sql<{ n: number }>`
    select count(*) as n from visit where booked_by like 'bench-%' and status = 'BOOKED'`.execute(db);
  const count = (result: { rows: { n: number }[] }) => Number(result.rows[0]?.n ?? 0);
  return {
    overbookedSessions: count(overbooked),
    duplicateBookings: count(samePrisonerSession) + count(overlapping) + count(sameKey),
    storedBookings: count(stored),
  };
}

async function main(): Promise<void> {
  const dataDir = await prepareDataDir();
  const system = await startSystem(dataDir);
  try {
    const jobs = await plannedJobs(system);
    console.log(
      `${jobs.length} bookings planned; ${CONCURRENCY} concurrent clients, ${BOOKERS} public bookers, ` +
        `for ${SECONDS} s or ${MAX_BOOKINGS} requests`,
    );
    const [run, byPackage] = values.profile
      ? await profiled(() => drive(system, jobs))
      : [await drive(system, jobs), new Map<string, number>()];
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
