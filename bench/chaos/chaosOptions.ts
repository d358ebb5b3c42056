import { parseArgs } from 'node:util';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { positiveOption } from '../positiveOption';
import type { RequestKind } from './chaosRequests';

/** How a chaos run is made. */
export interface ChaosOptions {
  scale: number;
  /** Requests a second, sent whatever the answers take. */
  rate: number;
  /** How long a subgraph stays frozen and a store locked. */
  faultSeconds: number;
  /** How long the load runs before the first fault, for the p99 when everything is up. */
  baselineSeconds: number;
  /** The subgraphs to break, in turn. */
  subgraphs: string[];
  /** The mix of requests, in percent. */
  weights: Record<RequestKind, number>;
  /** Where to write the report (between its markers), relative to the repository. */
  out?: string;
  /** A folder already seeded to copy the stores from, instead of data/bench/scale-<scale>. */
  seededDir?: string;
  /** Where to write every request sent and every fault's times, as JSON, for a closer look. */
  record?: string;
}

export const CHAOS_USAGE = `npm run chaos -- [options]
  --scale <n>             seeded scale (default 0.01; seeded once into data/bench/scale-<n>, then copied per run)
  --rate <n>              requests a second through the gateway (default 30)
  --fault-seconds <n>     how long a subgraph stays frozen and a store write-locked (default 8)
  --baseline-seconds <n>  load before the first fault, for p99 when all is up (default 10)
  --subgraphs <a,b>       the subgraphs to break in turn (default: every registered one)
  --out <file>            also write the report there, between its markers (e.g. docs/RESILIENCE.md)
  --seeded-dir <dir>      copy the stores from this seeded folder instead (its own scale)
  --record <file>         write every request sent and each fault's times there, as JSON`;

/** The default mix: mostly reads, as caseworkers' front-ends make them, and a write now and then. */
const WEIGHTS: Record<RequestKind, number> = {
  journey: 50,
  availability: 20,
  booking: 12,
  payment: 13,
  transfer: 5,
};

/** Reads the options of `npm run chaos`; throws on a bad one. */
export function readChaosOptions(argv: string[]): ChaosOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      rate: { type: 'string' },
      'fault-seconds': { type: 'string' },
      'baseline-seconds': { type: 'string' },
      subgraphs: { type: 'string' },
      out: { type: 'string' },
      record: { type: 'string' },
      'seeded-dir': { type: 'string' },
    },
  });
  const registered = SUBGRAPHS.map((subgraph) => subgraph.name as string);
  const subgraphs = values.subgraphs?.split(',').map((name) => name.trim()) ?? registered;
  const unknown = subgraphs.filter((name) => !registered.includes(name));
  if (unknown.length > 0)
    throw new Error(`--subgraphs: no subgraph ${unknown.join(', ')} (${registered.join(', ')})`);
  return {
    scale: values.scale === undefined ? 0.01 : positiveOption('scale', values.scale),
    rate: values.rate === undefined ? 30 : positiveOption('rate', values.rate),
    faultSeconds:
      values['fault-seconds'] === undefined ? 8 : positiveOption('fault-seconds', values['fault-seconds']),
    baselineSeconds:
      values['baseline-seconds'] === undefined
        ? 10
        : positiveOption('baseline-seconds', values['baseline-seconds']),
    subgraphs,
    weights: WEIGHTS,
    ...(values.out ? { out: values.out } : {}),
    ...(values.record ? { record: values.record } : {}),
    ...(values['seeded-dir'] ? { seededDir: values['seeded-dir'] } : {}),
  };
}
