import { JOURNEY_ROUNDS, ownOverhead } from '../latency/ownOverhead';
import { GATEWAY_LABELS, type GatewayKind } from '../system/gatewayKinds';
import type { BenchReport } from './benchReport';

/** The peers written in JavaScript (the Rust query planner's Hive among them: its executor is JavaScript). */
const JAVASCRIPT_PEERS: GatewayKind[] = ['apollo', 'hive', 'hive-rust-planner'];

/** One of the targets, as this run's figures measure it. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** Null when this run did not measure it (a workload or gateway left out, no --compare-scale). */
  met: boolean | null;
}

/** The targets of the benchmark (issue 26's, and issue 11's it did not raise) against this run's figures. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const journey = (gateway: GatewayKind) =>
    report.summaries.find((summary) => summary.workload === 'journey' && summary.gateway === gateway);
  const ours = journey('justice');
  const ratioCheck = (
    target: string,
    pick: 'requestsPerSecond' | 'cpuMsPerRequest',
    peer: GatewayKind,
    holds: (ratio: number) => boolean,
  ): TargetCheck => {
    const theirs = journey(peer);
    if (!ours || !theirs) return { target, measured: 'not measured', met: null };
    const ratio = ours[pick] / theirs[pick];
    return { target, measured: `${ratio.toFixed(2)}x`, met: holds(ratio) };
  };
  const added = report.addedLatency.justice;
  const floor = report.transportFloor;
  const overhead = added && floor ? ownOverhead(added, floor).insideP50Ms : null;
  const ourPeakRss = report.summaries
    .filter((summary) => summary.gateway === 'justice')
    .reduce((peak, summary) => Math.max(peak, summary.peakRssMb), 0);
  const batching = report.batching;
  const scale = report.scaleComparison;
  const overheadTarget = `Own overhead on the journey at p50 (added latency less ${JOURNEY_ROUNDS} transport floors) at most 1.0 ms`;
  return [
    ...JAVASCRIPT_PEERS.map((peer) =>
      ratioCheck(
        `Journey req/s at least 1.3x ${GATEWAY_LABELS[peer]}`,
        'requestsPerSecond',
        peer,
        (r) => r >= 1.3,
      ),
    ),
    ratioCheck(
      `Journey gateway CPU per request at most 2x ${GATEWAY_LABELS.grafbase}`,
      'cpuMsPerRequest',
      'grafbase',
      (r) => r <= 2,
    ),
    ratioCheck(
      `Journey gateway CPU per request at most 0.75x ${GATEWAY_LABELS.hive}`,
      'cpuMsPerRequest',
      'hive',
      (r) => r <= 0.75,
    ),
    overhead !== null && added && floor
      ? {
          target: overheadTarget,
          measured:
            `${overhead.toFixed(2)} ms (added ${added.atGateway?.addedP50Ms.toFixed(2)} ms, ` +
            `floor ${floor.transportP50Ms.toFixed(2)} ms per round trip)`,
          met: overhead <= 1,
        }
      : { target: overheadTarget, measured: 'not measured', met: null },
    batching
      ? {
          target: 'SQL statements per request do not grow with list length',
          measured: `${batching.shortList.statements} for ${batching.shortList.prisoners} prisoners, ${batching.longList.statements} for ${batching.longList.prisoners}`,
          met:
            batching.longList.statements - batching.shortList.statements <
            batching.longList.prisoners - batching.shortList.prisoners,
        }
      : {
          target: 'SQL statements per request do not grow with list length',
          measured: 'not measured',
          met: null,
        },
    scale
      ? {
          target: 'p95 at national scale at most 1.2x the p95 at the default scale',
          measured: `${(scale.p95Ms / scale.otherP95Ms).toFixed(2)}x (scale ${scale.scale} against ${scale.otherScale})`,
          met: scale.scale === 1 && scale.otherScale === 0.01 ? scale.p95Ms / scale.otherP95Ms <= 1.2 : null,
        }
      : {
          target: 'p95 at national scale at most 1.2x the p95 at the default scale',
          measured: 'not measured (--scale 1 --compare-scale 0.01)',
          met: null,
        },
    ourPeakRss > 0
      ? {
          target: 'Gateway memory under load at most 250 MB',
          measured: `${ourPeakRss.toFixed(0)} MB`,
          met: ourPeakRss <= 250,
        }
      : { target: 'Gateway memory under load at most 250 MB', measured: 'not measured', met: null },
  ];
}
