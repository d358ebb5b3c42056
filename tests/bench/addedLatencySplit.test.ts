import { coveredNs } from '../../bench/latency/addedLatency';
import { splitAddedTime } from '../../bench/latency/addedLatencySplit';
import type { TimedRequest } from '../../bench/latency/requestTimingHook';

function split(window: TimedRequest, intervals: TimedRequest[]) {
  return splitAddedTime(window, intervals, coveredNs(window, intervals));
}

describe("where a gateway request's added time fell", () => {
  it('splits it into before the first fetch, the gaps between fetch stages, and after the last fetch', () => {
    // One fetch, then two in parallel, then one: a journey's shape.
    const parts = split(
      [0, 100],
      [
        [10, 20],
        [25, 40],
        [26, 45],
        [60, 80],
      ],
    );
    expect(parts).toEqual({ beforeFirstFetch: 10, betweenFetches: 5 + 15, afterLastFetch: 20 });
  });

  it('adds up to the time no subgraph was answering', () => {
    const window: TimedRequest = [0, 100];
    const intervals: TimedRequest[] = [
      [5, 30],
      [20, 50],
      [70, 90],
    ];
    const parts = split(window, intervals);
    expect(parts.beforeFirstFetch + parts.betweenFetches + parts.afterLastFetch).toBe(
      100 - coveredNs(window, intervals),
    );
  });

  it('puts all of it before the first fetch when the request made none', () => {
    expect(split([0, 100], [[200, 300]])).toEqual({
      beforeFirstFetch: 100,
      betweenFetches: 0,
      afterLastFetch: 0,
    });
  });
});
