import { type LoadRequest } from '../load/driveLoad';
import { percentile } from '../load/percentile';
import type { ServiceProcess } from '../system/serviceProcess';
import { splitAddedTime } from './addedLatencySplit';
import type { TimedRequest } from './requestTimingHook';

/** The gateway's own share of a request's time, over requests sent one at a time. */
export interface AddedLatency {
  samples: number;
  /** Time from the gateway receiving the request to handing its answer to be written, p50 in ms. */
  atGatewayP50Ms: number;
  /** Time during which at least one subgraph was working on the request (its critical path), p50 in ms. */
  criticalPathP50Ms: number;
  /** The first minus the second, request by request: p50 and p95 in ms. */
  addedP50Ms: number;
  addedP95Ms: number;
  /** Where the added time fell (splitAddedTime), p50 of each part in ms: they need not add up to addedP50Ms. */
  beforeFirstFetchP50Ms: number;
  betweenFetchesP50Ms: number;
  afterLastFetchP50Ms: number;
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

/**
 * Measures a gateway's added latency directly: sends `samples` requests one at a time, then takes from the
 * timing hook of the gateway and of each subgraph when every request arrived and was answered. With one request
 * in flight, every subgraph request inside a gateway request's window belongs to it; the time covered by at
 * least one of them is the critical path of the subgraph calls (parallel fetches overlap, sequential ones add
 * up), and the rest of the gateway's window is the gateway's own work: parsing, planning, authorization,
 * audit, its HTTP client and the hops on loopback.
 */
export async function measureAddedLatency(options: {
  gateway: ServiceProcess;
  subgraphs: readonly ServiceProcess[];
  samples: number;
  nextRequest: () => LoadRequest;
}): Promise<AddedLatency> {
  const services = [options.gateway, ...options.subgraphs];
  await Promise.all(services.map((service) => service.takeTimings()));
  let errors = 0;
  for (let sent = 0; sent < options.samples; sent += 1) {
    const request = options.nextRequest();
    const response = await fetch(options.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    if (response.status !== 200 || /"errors"\s*:\s*\[/.test(text)) errors += 1;
  }
  const [atGateway, ...bySubgraph] = await Promise.all(services.map((service) => service.takeTimings()));
  const subgraphRequests = bySubgraph.flat();
  const windows = atGateway ?? [];
  const critical = windows.map((window) => coveredNs(window, subgraphRequests));
  const toMs = (ns: number) => ns / 1e6;
  const total = windows.map(([start, end]) => toMs(end - start));
  const added = windows.map(([start, end], index) => toMs(end - start - (critical[index] ?? 0)));
  const splits = windows.map((window, index) =>
    splitAddedTime(window, subgraphRequests, critical[index] ?? 0),
  );
  const partP50 = (part: keyof (typeof splits)[number]) =>
    percentile(
      splits.map((parts) => toMs(parts[part])),
      0.5,
    );
  return {
    samples: windows.length,
    atGatewayP50Ms: percentile(total, 0.5),
    criticalPathP50Ms: percentile(critical.map(toMs), 0.5),
    addedP50Ms: percentile(added, 0.5),
    addedP95Ms: percentile(added, 0.95),
    beforeFirstFetchP50Ms: partP50('beforeFirstFetch'),
    betweenFetchesP50Ms: partP50('betweenFetches'),
    afterLastFetchP50Ms: partP50('afterLastFetch'),
    errors,
  };
}
