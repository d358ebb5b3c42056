import type { TimedRequest } from './requestTimingHook';

/** Where, in one gateway request, the time no subgraph was answering fell, in ns. */
export interface AddedSplit {
  /** From the request's arrival to the first subgraph request: reading, planning, authorization, the first hop. */
  beforeFirstFetch: number;
  /** Gaps between subgraph requests: the hops back and out again, and the gateway's work between fetch stages. */
  betweenFetches: number;
  /** From the last subgraph answer to the gateway's answer: the hop back, shaping the result, audit, writing. */
  afterLastFetch: number;
}

/**
 * Splits a gateway request's added time (its window less the time at least one of `intervals` was running) by
 * where it fell. The three parts add up to the added time; with no subgraph request, it all comes before.
 */
export function splitAddedTime(
  window: TimedRequest,
  intervals: readonly TimedRequest[],
  covered: number,
): AddedSplit {
  const inside = intervals.filter(([start, end]) => end > window[0] && start < window[1]);
  if (inside.length === 0) {
    return { beforeFirstFetch: window[1] - window[0], betweenFetches: 0, afterLastFetch: 0 };
  }
  const firstStart = Math.max(window[0], Math.min(...inside.map(([start]) => start)));
  const lastEnd = Math.min(window[1], Math.max(...inside.map(([, end]) => end)));
  const beforeFirstFetch = firstStart - window[0];
  const afterLastFetch = window[1] - lastEnd;
  return { beforeFirstFetch, betweenFetches: lastEnd - firstStart - covered, afterLastFetch };
}
