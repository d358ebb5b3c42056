import type { AddedLatency } from '../latency/addedLatency';
import type { TransportFloor } from '../latency/transportFloor';
import { type LoadResult } from '../load/driveLoad';
import { percentile } from '../load/percentile';
import type { WorkloadName } from '../load/workloads';
import type { GatewayKind } from '../system/gatewayKinds';
import type { Machine } from './machine';

/** One gateway under one workload for one round. */
export interface Measurement {
  round: number;
  workload: WorkloadName;
  gateway: GatewayKind;
  load: LoadResult;
  /** CPU time of the gateway's process during the measurement, in ms. */
  gatewayCpuMs: number;
  gatewayPeakRssMb: number;
  /** SQL statements the subgraphs ran during the measurement. */
  statements: number;
}

/** One gateway under one workload, its rounds pooled. */
export interface Summary {
  workload: WorkloadName;
  gateway: GatewayKind;
  requests: number;
  requestsPerSecond: number;
  /** Requests per second of each round, to show how much they varied. */
  roundRequestsPerSecond: number[];
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  errorCodes: Record<string, number>;
  cpuMsPerRequest: number;
  peakRssMb: number;
  statementsPerRequest: number;
}

/** SQL statements of the prison list through this gateway, for a short and a long page. */
export interface BatchingCheck {
  shortList: { prisoners: number; statements: number };
  longList: { prisoners: number; statements: number };
}

/** This gateway's journey p95 at the run's scale against another scale's. */
export interface ScaleComparison {
  scale: number;
  p95Ms: number;
  otherScale: number;
  otherP95Ms: number;
}

/** Everything a run measured, with how and where. */
export interface BenchReport {
  command: string;
  startedAt: string;
  machine: Machine;
  settings: {
    scale: number;
    seconds: number;
    connections: number;
    rounds: number;
    workloads: WorkloadName[];
  };
  workloadTitles: Partial<Record<WorkloadName, string>>;
  measurements: Measurement[];
  summaries: Summary[];
  addedLatency: Partial<Record<GatewayKind, AddedLatency>>;
  /** HTTP round trips to a bare server: the part of the added latency that is transport (null without the journey). */
  transportFloor: TransportFloor | null;
  batching: BatchingCheck | null;
  scaleComparison: ScaleComparison | null;
}

/** Pools the rounds of each workload and gateway: totals over totals, percentiles over every answer. */
export function summarise(measurements: readonly Measurement[]): Summary[] {
  const groups = new Map<string, Measurement[]>();
  for (const measurement of measurements) {
    const key = `${measurement.workload}|${measurement.gateway}`;
    groups.set(key, [...(groups.get(key) ?? []), measurement]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Measurement;
    const sum = (pick: (measurement: Measurement) => number) =>
      group.reduce((total, measurement) => total + pick(measurement), 0);
    const requests = sum((measurement) => measurement.load.requests);
    const latencies = group.flatMap((measurement) => measurement.load.latenciesMs);
    const errorCodes: Record<string, number> = {};
    for (const measurement of group) {
      for (const [code, count] of Object.entries(measurement.load.errorCodes)) {
        errorCodes[code] = (errorCodes[code] ?? 0) + count;
      }
    }
    return {
      workload: first.workload,
      gateway: first.gateway,
      requests,
      requestsPerSecond: requests / sum((measurement) => measurement.load.seconds),
      roundRequestsPerSecond: group.map((measurement) => measurement.load.requestsPerSecond),
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      p99Ms: percentile(latencies, 0.99),
      errors: sum((measurement) => measurement.load.errors),
      errorCodes,
      cpuMsPerRequest: sum((measurement) => measurement.gatewayCpuMs) / Math.max(1, requests),
      peakRssMb: Math.max(...group.map((measurement) => measurement.gatewayPeakRssMb)),
      statementsPerRequest: sum((measurement) => measurement.statements) / Math.max(1, requests),
    };
  });
}
