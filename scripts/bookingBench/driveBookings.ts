import { lightFetch } from '@lib/http/lightFetch';
import { bookerIndex } from '../../bench/load/bookerLinks';
import { bookingInput } from '../../bench/load/bookingJobs';
import { cpuMsOf } from '../../bench/load/processSampler';
import { registeredOperation } from '../../bench/load/registeredOperations';
import { statementsRun } from '../../bench/load/subgraphStatements';
import { createDevToken } from '../token';
import { OutcomeTally } from './bookingOutcomes';
import type { System } from './bookingSystem';
import type { Job } from './plannedJobs';

/** Failures that say nothing about the booking itself: the client asks again, with the same idempotency key. */
const TRANSIENT = /^(SUBGRAPH_UNAVAILABLE|STORE_UNAVAILABLE|PNOMIS_UNAVAILABLE|HTTP_5\d\d|TRANSPORT_ERROR)$/;

/** How hard to drive the gateway. */
export interface LoadOptions {
  seconds: number;
  concurrency: number;
  maxBookings: number;
}

/** The tokens of `count` public bookers, each a member of the public with a booking account of their own. */
export function bookerTokens(system: System, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      createDevToken(
        ['--agency', 'public-visit-booker', '--subject', `bench-booker-${index}`, '--expires', '1h'],
        system.env,
      ),
    ),
  );
}

/** The CPU time of each of the run's PostgreSQL backends now, by pid (none on SQLite). */
async function backendsCpu(system: System): Promise<Map<number, number>> {
  const pids = system.storeBackends ? await system.storeBackends() : [];
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    try {
      cpu.set(pid, cpuMsOf(pid));
    } catch {
      // Ended since it was listed (a pooled connection closed when idle): nothing to count.
    }
  }
  return cpu;
}

/**
 * The CPU the run's PostgreSQL backends used since `before`: one opened meanwhile counts whole. A floor: a
 * backend closed meanwhile is not counted, nor the server's own background work (its WAL writer, checkpoints).
 */
async function backendsCpuSince(system: System, before: ReadonlyMap<number, number>): Promise<number> {
  let total = 0;
  for (const [pid, cpuMs] of await backendsCpu(system)) total += cpuMs - (before.get(pid) ?? 0);
  return total;
}

/**
 * Sends the bookings, `concurrency` at a time, to the system's entry (the gateway, or the round-robin in front of
 * its replicas), until the time, the jobs or the request budget runs out; each with the token of the booker who
 * linked the prisoner (bookerIndex). Tallies the outcomes of the contended share and of the rest apart.
 */
export async function drive(system: System, jobs: Job[], tokens: readonly string[], load: LoadOptions) {
  const operation = registeredOperation('public-visit-booker', 'VisitBooking');
  const outcomes = { contended: new OutcomeTally(), spread: new OutcomeTally() };
  const latencies: number[] = [];
  let sent = 0;
  let next = 0;
  const deadline = performance.now() + load.seconds * 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const processCpu = system.measured.map((service) => cpuMsOf(service.pid));
  const backendCpu = await backendsCpu(system);
  const statementsBefore = await statementsRun(system.subgraphs);
  let retries = 0;
  const transportErrors: string[] = [];
  const ask = async (token: string, body: string): Promise<string> => {
    // Node's http client with keep-alive: the load costs the shared cores as little as it can.
    const response = await lightFetch(system.entry.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-access-purpose': 'VISIT_BOOKING',
        'x-access-purpose-detail': 'Booking a social visit for a friend or relative',
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
  // The answer's code; a connection failing (refused, reset) is an answer lost in transport.
  const book = (token: string, body: string): Promise<string> =>
    ask(token, body).catch((error: unknown) => {
      transportErrors.push(error instanceof Error ? error.message : String(error));
      return 'TRANSPORT_ERROR';
    });
  async function client(clientIndex: number): Promise<void> {
    while (performance.now() < deadline && sent < load.maxBookings && next < jobs.length) {
      const job = jobs[next] as Job;
      next += 1;
      sent += 1;
      const token = tokens[bookerIndex(job.prisonNumber, tokens.length)] ?? '';
      const request = JSON.stringify({
        documentId: operation.id,
        variables: { input: bookingInput(job, `bench-${process.pid}-${sent}-${clientIndex}`) },
      });
      const before = performance.now();
      let code = await book(token, request);
      // As a real client would: a booking whose answer was lost is asked for again with the same key.
      for (let retry = 0; retry < 2 && TRANSIENT.test(code); retry += 1) {
        retries += 1;
        code = await book(token, request);
      }
      const elapsed = performance.now() - before;
      outcomes[job.contended ? 'contended' : 'spread'].add(code);
      if (code === 'BOOKED') latencies.push(elapsed);
    }
  }
  await Promise.all(Array.from({ length: load.concurrency }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;
  // Read after the last answer: every statement of the bookings sent has run by then.
  const statements = (await statementsRun(system.subgraphs)) - statementsBefore;
  return {
    /** SQL statements the subgraphs' stores ran meanwhile. */
    statements,
    outcomes,
    /** The first few transport failures' messages, for the report. */
    transportErrors: transportErrors.slice(0, 5),
    latencies: latencies.sort((a, b) => a - b),
    seconds,
    sent,
    cpuMs: (({ user, system: kernel }) => (user + kernel) / 1000)(process.cpuUsage(cpu)),
    /** CPU time each process a booking goes through used meanwhile, in ms. */
    cpuMsByProcess: [
      ...system.measured.map(
        (service, index) => [service.name, cpuMsOf(service.pid) - (processCpu[index] ?? 0)] as const,
      ),
      ...(system.storeBackends ? [['PostgreSQL', await backendsCpuSince(system, backendCpu)] as const] : []),
    ],
    retries,
  };
}
