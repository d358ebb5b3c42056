import { parseArgs } from 'node:util';
import { positiveOption } from './positiveOption';
import { WORKLOAD_NAMES, type WorkloadName } from './load/workloads';
import { GATEWAY_KINDS, type GatewayKind } from './system/gatewayKinds';

/** What a benchmark run does. */
export interface BenchOptions {
  /** The scale of the seeded data (1 is national volume). */
  scale: number;
  /** Length of each measurement, in seconds. */
  seconds: number;
  /** Concurrent connections of the load. */
  connections: number;
  /** How many times every gateway is measured under every workload, in an order that rotates each round. */
  rounds: number;
  workloads: WorkloadName[];
  gateways: GatewayKind[];
  /** Journeys sent one at a time to each gateway to measure its added latency. */
  latencySamples: number;
  /** Another scale to compare this gateway's journey p95 with, or null. */
  compareScale: number | null;
  /** Where the markdown report goes, or null for standard output only. */
  out: string | null;
  /** Where seeded data sets are kept between runs (default data/, as data/bench/scale-<scale>). */
  dataRoot?: string;
  /**
   * Length of the warm-up of every gateway under every workload before anything is counted (default: as long as a
   * measurement); 0 skips it, for a run that checks the benchmark works rather than measuring (its test).
   */
  warmUpSeconds?: number;
}

/** The command line's help. */
export const USAGE = `Usage: npm run bench -- [options]

  --scale <n>           scale of the seeded data, 1 = national (default 0.01; seeded once under data/bench/)
  --seconds <n>         length of each measurement (default 10)
  --connections <n>     concurrent connections (default 32)
  --rounds <n>          rounds, each gateway measured once per workload per round (default 3)
  --workloads <list>    comma-separated: ${WORKLOAD_NAMES.join(', ')} (default all)
  --gateways <list>     comma-separated: ${GATEWAY_KINDS.join(', ')} (default all)
  --latency-samples <n> journeys sent one at a time for the added latency (default 200)
  --compare-scale <n>   also measure this gateway's journey p95 at this scale (for example 0.01 with --scale 1)
  --out <file>          markdown report (default bench/RESULTS.md; "-" for standard output only)`;

function listOf<T extends string>(name: string, text: string, known: readonly T[]): T[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const unknown = items.filter((item) => !(known as readonly string[]).includes(item));
  if (unknown.length > 0 || items.length === 0) {
    throw new Error(`--${name} takes a comma-separated list of ${known.join(', ')}; got "${text}"`);
  }
  return items as T[];
}

/** Reads the options from the command line; throws with a message naming the flag when one is wrong. */
export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: 'string', default: '0.01' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      rounds: { type: 'string', default: '3' },
      workloads: { type: 'string', default: WORKLOAD_NAMES.join(',') },
      gateways: { type: 'string', default: GATEWAY_KINDS.join(',') },
      'latency-samples': { type: 'string', default: '200' },
      'compare-scale': { type: 'string' },
      out: { type: 'string', default: 'bench/RESULTS.md' },
    },
    strict: true,
  });
  return {
    scale: positiveOption('scale', values.scale),
    seconds: positiveOption('seconds', values.seconds),
    connections: Math.floor(positiveOption('connections', values.connections)),
    rounds: Math.floor(positiveOption('rounds', values.rounds)),
    workloads: listOf('workloads', values.workloads, WORKLOAD_NAMES),
    gateways: listOf('gateways', values.gateways, GATEWAY_KINDS),
    latencySamples: Math.floor(positiveOption('latency-samples', values['latency-samples'])),
    compareScale:
      values['compare-scale'] === undefined ? null : positiveOption('compare-scale', values['compare-scale']),
    out: values.out === '-' ? null : values.out,
  };
}
