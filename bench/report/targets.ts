import type { BenchReport } from './benchReport';

/** One of the targets, as this run's figures measure it. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** Null when this run did not measure it (a workload or gateway left out, no --compare-scale). */
  met: boolean | null;
}

/** The targets of issue 11 against this run's figures. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const journey = (gateway: string) =>
    report.summaries.find((summary) => summary.workload === 'journey' && summary.gateway === gateway);
  const ours = journey('justice');
  const hive = journey('hive');
  const apollo = journey('apollo');
  const ratioCheck = (
    target: string,
    value: (ours: number, theirs: number) => number,
    pick: 'requestsPerSecond' | 'cpuMsPerRequest',
    theirs: typeof ours,
    holds: (ratio: number) => boolean,
  ): TargetCheck => {
    if (!ours || !theirs) return { target, measured: 'not measured', met: null };
    const ratio = value(ours[pick], theirs[pick]);
    return { target, measured: `${ratio.toFixed(2)}x`, met: holds(ratio) };
  };
  const added = report.addedLatency.justice;
  const ourPeakRss = report.summaries
    .filter((summary) => summary.gateway === 'justice')
    .reduce((peak, summary) => Math.max(peak, summary.peakRssMb), 0);
  const batching = report.batching;
  const scale = report.scaleComparison;
  const divide = (a: number, b: number) => a / b;
  return [
    ratioCheck(
      'Journey req/s at least 1.3x Hive Gateway',
      divide,
      'requestsPerSecond',
      hive,
      (r) => r >= 1.3,
    ),
    ratioCheck(
      'Journey req/s at least 1.5x stock @apollo/gateway',
      divide,
      'requestsPerSecond',
      apollo,
      (r) => r >= 1.5,
    ),
    ratioCheck(
      'Journey gateway CPU per request at most 0.75x Hive Gateway',
      divide,
      'cpuMsPerRequest',
      hive,
      (r) => r <= 0.75,
    ),
    added
      ? {
          target: 'Added latency at p50 at most 2 ms',
          measured: `${added.addedP50Ms.toFixed(2)} ms`,
          met: added.addedP50Ms <= 2,
        }
      : { target: 'Added latency at p50 at most 2 ms', measured: 'not measured', met: null },
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
