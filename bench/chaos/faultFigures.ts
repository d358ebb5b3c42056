import { percentile } from '../load/percentile';
import type { SentRequest } from './chaosLoad';
import { REQUEST_KINDS, type RequestKind } from './chaosRequests';
import type { Fault, FaultTimes } from './chaosFaults';
import type { SystemMonitor } from './systemMonitor';

/** Codes that say a system (or its store, or the audit log) could not answer: what a fault causes. */
const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'STORE_UNAVAILABLE', 'AUDIT_UNAVAILABLE']);

/** What one fault did to the requests sent while it lasted, and how fast the system came back. */
export interface FaultFigures {
  name: string;
  requests: number;
  full: number;
  partial: number;
  refused: number;
  failed: number;
  /** Error codes seen, with how often (a request counts once per code). */
  codes: Record<string, number>;
  /** From the broken thing being back to the last request it affected; null if it never recovered in the window. */
  recoveryMs: number | null;
  /** When the gateway's circuit for the subgraph opened, from the fault's start; null if it did not. */
  circuitOpenAfterMs: number | null;
  /** p99 of the requests needing the subgraph while the fault lasted, once the circuit was open (or throughout). */
  p99DuringMs: number | null;
  /** p99 of the same kinds of request before any fault, for comparison. */
  p99BaselineMs: number | null;
}

/** Whether a request needs `subgraph` for a full answer (every request, for a fault of the whole graph). */
export function needs(subgraph: string | null, kind: RequestKind): boolean {
  return subgraph === null || (REQUEST_KINDS[kind] as readonly string[]).includes(subgraph);
}

/** Whether a fault is seen in an answer: a failure, or a code saying a system was unavailable. */
export function affected(request: SentRequest): boolean {
  return request.outcome === 'failed' || request.codes.some((code) => UNAVAILABLE.has(code));
}

const p99 = (requests: SentRequest[]) =>
  requests.length === 0
    ? null
    : percentile(
        requests.map((request) => request.endedAt - request.startedAt),
        0.99,
      );

/**
 * The figures of one fault over the requests started from its beginning to `windowEnd`: outcomes and codes, the
 * time from the thing being back to the last request it affected, and p99 while it lasted against the baseline.
 */
export function faultFigures(options: {
  fault: Fault;
  times: FaultTimes;
  windowEnd: number;
  sent: readonly SentRequest[];
  baseline: readonly SentRequest[];
  monitor: SystemMonitor;
}): FaultFigures {
  const { fault, times, windowEnd } = options;
  const relevant = (request: SentRequest) => needs(fault.subgraph, request.kind);
  const inWindow = options.sent.filter((r) => r.startedAt >= times.startedAt && r.startedAt < windowEnd);
  const codes: Record<string, number> = {};
  for (const request of inWindow)
    for (const code of new Set(request.codes)) codes[code] = (codes[code] ?? 0) + 1;
  const afterBack = inWindow.filter((request) => relevant(request) && request.startedAt >= times.backAt);
  const lastAffected = afterBack.filter(affected).at(-1);
  const recovered = afterBack.length > 0 && afterBack.at(-1) !== lastAffected;
  const circuitOpenAt = fault.subgraph
    ? options.monitor.firstWhen(times.startedAt, (sample) => sample.circuits[fault.subgraph ?? ''] === 'open')
    : null;
  const openedInTime = circuitOpenAt !== null && circuitOpenAt < times.backAt ? circuitOpenAt : null;
  const during = inWindow.filter(
    (request) =>
      relevant(request) &&
      request.startedAt >= (openedInTime ?? times.startedAt) &&
      request.startedAt < times.backAt,
  );
  return {
    name: fault.name,
    requests: inWindow.length,
    full: inWindow.filter((request) => request.outcome === 'full').length,
    partial: inWindow.filter((request) => request.outcome === 'partial').length,
    refused: inWindow.filter((request) => request.outcome === 'refused').length,
    failed: inWindow.filter((request) => request.outcome === 'failed').length,
    codes,
    recoveryMs: !recovered ? null : lastAffected ? Math.max(0, lastAffected.startedAt - times.backAt) : 0,
    circuitOpenAfterMs: openedInTime === null ? null : openedInTime - times.startedAt,
    p99DuringMs: p99(during),
    p99BaselineMs: p99(options.baseline.filter(relevant)),
  };
}
