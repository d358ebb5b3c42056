import { type LoadRequest } from '../load/driveLoad';
import { percentile } from '../load/percentile';
import { isTimed, type ServiceProcess, type TimedServiceProcess } from '../system/serviceProcess';
import { splitAddedTime } from './addedLatencySplit';
import type { TimedRequest } from './requestTimingHook';

/** What the gateway's timing hook tells of its own time: null for a gateway no hook can be preloaded into. */
export interface TimedAtGateway {
  /** Time from the gateway receiving the request to handing its answer to be written, p50 in ms. */
  atGatewayP50Ms: number;
  /** That time less the subgraphs' critical path, request by request: p50 and p95 in ms. */
  addedP50Ms: number;
  addedP95Ms: number;
  /** Where the added time fell (splitAddedTime), p50 of each part in ms: they need not add up to addedP50Ms. */
  beforeFirstFetchP50Ms: number;
  betweenFetchesP50Ms: number;
  afterLastFetchP50Ms: number;
}

/** The gateway's own share of a request's time, over requests sent one at a time. */
export interface AddedLatency {
  samples: number;
  /** From the benchmark's client sending the request to having read the whole answer, p50 in ms. */
  roundTripP50Ms: number;
  /** Time during which at least one subgraph was working on the request (its critical path), p50 in ms. */
  criticalPathP50Ms: number;
  /**
   * The round trip less the critical path, request by request, p50 and p95 in ms: measured from outside, so for
   * every gateway alike, and counting the client's own hop to the gateway and back as well as the gateway's.
   */
  addedAtClientP50Ms: number;
  addedAtClientP95Ms: number;
  /** The same measured inside the gateway, by the timing hook; null for a gateway without one (a native binary). */
  atGateway: TimedAtGateway | null;
  /** Requests answered with errors (a sample should have none). */
  errors: number;
}

/** How long, within `window`, at least one of `intervals` was running (their union, clipped to the window). */
export function coveredNs(window: TimedRequest, intervals: readonly TimedRequest[]): number {
  const inside = intervals
    .map(([start, end]): TimedRequest => [Math.max(start, window[0]), Math.min(end, window[1])])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of inside) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

const toMs = (ns: number) => ns / 1e6;
const p50 = (values: number[]) => percentile(values, 0.5);

/** The hook's figures for the gateway's own windows, each paired with its request's subgraph critical path. */
function timedAtGateway(
  windows: readonly TimedRequest[],
  subgraphRequests: readonly TimedRequest[],
): TimedAtGateway {
  const critical = windows.map((window) => coveredNs(window, subgraphRequests));
  const added = windows.map(([start, end], index) => toMs(end - start - (critical[index] ?? 0)));
  const splits = windows.map((window, index) =>
    splitAddedTime(window, subgraphRequests, critical[index] ?? 0),
  );
  const partP50 = (part: keyof (typeof splits)[number]) => p50(splits.map((parts) => toMs(parts[part])));
  return {
    atGatewayP50Ms: p50(windows.map(([start, end]) => toMs(end - start))),
    addedP50Ms: p50(added),
    addedP95Ms: percentile(added, 0.95),
    beforeFirstFetchP50Ms: partP50('beforeFirstFetch'),
    betweenFetchesP50Ms: partP50('betweenFetches'),
    afterLastFetchP50Ms: partP50('afterLastFetch'),
  };
}

/**
 * Measures a gateway's added latency directly: sends `samples` requests one at a time, stamping when each was
 * sent and its answer read on the machine's monotonic clock (the one the timing hook reads in every service), then
 * takes from the timing hook of each subgraph when every request it served arrived and was answered. With one
 * request in flight, every subgraph request inside a request's window belongs to it; the time covered by at least
 * one of them is the critical path of the subgraph calls (parallel fetches overlap, sequential ones add up), and
 * the rest is the gateway's own work (parsing, planning, authorization, audit, its HTTP client) and the hops on
 * loopback. Seen from the client, for every gateway; and, for a gateway with the hook, inside it too.
 */
export async function measureAddedLatency(options: {
  gateway: ServiceProcess;
  subgraphs: readonly TimedServiceProcess[];
  samples: number;
  nextRequest: () => LoadRequest;
}): Promise<AddedLatency> {
  const gateway = isTimed(options.gateway) ? options.gateway : null;
  const services = [...options.subgraphs, ...(gateway ? [gateway] : [])];
  await Promise.all(services.map((service) => service.takeTimings()));
  let errors = 0;
  const atClient: TimedRequest[] = [];
  for (let sent = 0; sent < options.samples; sent += 1) {
    const request = options.nextRequest();
    const start = Number(process.hrtime.bigint());
    const response = await fetch(options.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    atClient.push([start, Number(process.hrtime.bigint())]);
    if (response.status !== 200 || /"errors"\s*:\s*\[/.test(text)) errors += 1;
  }
  const subgraphRequests = (
    await Promise.all(options.subgraphs.map((service) => service.takeTimings()))
  ).flat();
  const windows = gateway ? await gateway.takeTimings() : null;
  if (windows && windows.length !== atClient.length) {
    throw new Error(`${options.gateway.name} timed ${windows.length} requests of ${atClient.length}`);
  }
  const critical = atClient.map((window) => coveredNs(window, subgraphRequests));
  const addedAtClient = atClient.map(([start, end], index) => toMs(end - start - (critical[index] ?? 0)));
  return {
    samples: atClient.length,
    roundTripP50Ms: p50(atClient.map(([start, end]) => toMs(end - start))),
    criticalPathP50Ms: p50(critical.map(toMs)),
    addedAtClientP50Ms: p50(addedAtClient),
    addedAtClientP95Ms: percentile(addedAtClient, 0.95),
    atGateway: windows ? timedAtGateway(windows, subgraphRequests) : null,
    errors,
  };
}
