import type { BenchOptions } from './benchOptions';
import { measureAddedLatency } from './latency/addedLatency';
import { measureTransportFloor } from './latency/transportFloor';
import { checkBatching } from './load/batchingCheck';
import { driveLoad } from './load/driveLoad';
import { measureProcess } from './load/processSampler';
import { statementsRun } from './load/subgraphStatements';
import { buildWorkloads, type Workload } from './load/workloads';
import { summarise, type BenchReport, type Measurement, type ScaleComparison } from './report/benchReport';
import { currentLoad, describeMachine } from './report/machine';
import { withBenchSystem, type BenchSystem } from './system/benchSystem';
import { serviceEnvironment } from './system/startSubgraphs';
import type { GatewayKind } from './system/gatewayKinds';

// Between the bare round trips of the transport floor: about the time a subgraph idles between a journey's calls.
const TRANSPORT_PAUSE_MS = 5;

// More bookings a second than any gateway makes on this kind of machine: the jobs planned, and the prisoners the
// public bookers link before measuring, are bounded by what a measurement can send (at national scale, linking all
// 87,000 prisoners in custody would take minutes for bookings a measurement never reaches).
const MOST_BOOKINGS_PER_SECOND = 2000;

/** The gateways in the order of a round: rotated each round, so that none always goes first or last. */
function orderOfRound(gateways: readonly GatewayKind[], round: number): GatewayKind[] {
  const shift = round % gateways.length;
  return [...gateways.slice(shift), ...gateways.slice(0, shift)];
}

function gatewayOf(system: BenchSystem, kind: GatewayKind) {
  const gateway = system.gateways.get(kind);
  if (!gateway) throw new Error(`${kind} is not running`);
  return gateway;
}

/** One measurement: the load on one gateway, its CPU and memory, and the statements the subgraphs ran. */
async function measure(
  system: BenchSystem,
  workload: Workload,
  kind: GatewayKind,
  seconds: number,
  connections: number,
): Promise<Omit<Measurement, 'round'>> {
  const gateway = gatewayOf(system, kind);
  // Each gateway books into the store as seeded, so none finds sessions another has filled.
  if (workload.name === 'booking') await system.bookings.reset();
  const statementsBefore = await statementsRun(system.subgraphs.all);
  const [load, usage] = await measureProcess(gateway.pid, () =>
    driveLoad({
      url: gateway.graphqlUrl,
      connections,
      seconds,
      nextRequest: workload.requestsFor(kind),
      maxRequests: workload.distinctRequests,
    }),
  );
  // autocannon stops at the deadline without waiting for the answers still due: the gateway and the subgraphs
  // finish those first, so that their statements count here and their bookings do not land in the next one.
  await new Promise((resolveWait) =>
    setTimeout(resolveWait, Math.min(10_000, Math.max(200, 2 * load.p99Ms))),
  );
  const statements = (await statementsRun(system.subgraphs.all)) - statementsBefore;
  return {
    workload: workload.name,
    gateway: kind,
    load,
    gatewayCpuMs: usage.cpuMs,
    gatewayPeakRssMb: usage.peakRssMb,
    statements,
  };
}

/** Every workload on every gateway, round after round, each round in a rotated order; warmed up first. */
async function measureAll(
  system: BenchSystem,
  options: BenchOptions,
  workloads: readonly Workload[],
  log: (line: string) => void,
): Promise<Measurement[]> {
  // As long as a measurement: with a shorter warm-up the subgraphs were still warming (compiled code, page cache
  // at national scale) through the first round, and every gateway's figure rose round after round, the first
  // measured lowest (docs/PERFORMANCE.md).
  const warmUpSeconds = options.warmUpSeconds ?? options.seconds;
  for (const workload of warmUpSeconds > 0 ? workloads : []) {
    for (const kind of options.gateways) {
      // Plans, caches and connections of every gateway warm before anything is counted.
      await measure(system, workload, kind, warmUpSeconds, options.connections);
    }
  }
  const measurements: Measurement[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    for (const workload of workloads) {
      for (const kind of orderOfRound(options.gateways, round)) {
        const measurement = {
          round,
          ...(await measure(system, workload, kind, options.seconds, options.connections)),
        };
        measurements.push(measurement);
        const { load } = measurement;
        log(
          `round ${round + 1} ${workload.name} ${kind}: ${load.requestsPerSecond.toFixed(0)} req/s, ` +
            `p50 ${load.p50Ms.toFixed(1)} ms, errors ${load.errors}, ` +
            `CPU ${(measurement.gatewayCpuMs / Math.max(1, load.requests)).toFixed(2)} ms/req`,
        );
      }
    }
  }
  return measurements;
}

/** This gateway's journey p95 at another scale: the same load, one round, on a system seeded at that scale. */
async function compareScale(
  options: BenchOptions,
  p95Ms: number,
  log: (line: string) => void,
): Promise<ScaleComparison | null> {
  if (options.compareScale === null) return null;
  const otherScale = options.compareScale;
  const otherP95Ms = await withBenchSystem(
    otherScale,
    ['justice'],
    log,
    async (system) => {
      const journey = buildWorkloads(system.population, system.tokens, system.bookings, system.headers).find(
        (workload) => workload.name === 'journey',
      ) as Workload;
      await measure(system, journey, 'justice', Math.min(3, options.seconds), options.connections);
      const measured = await measure(system, journey, 'justice', options.seconds, options.connections);
      return measured.load.p95Ms;
    },
    options.dataRoot,
  );
  return { scale: options.scale, p95Ms, otherScale, otherP95Ms };
}

/**
 * Runs the benchmark: boots the system at the scale asked, measures every gateway under every workload in
 * alternating rounds, then the added latency of each gateway on the journey and the transport floor under it,
 * this gateway's batching, and, when asked, its journey p95 at another scale. Returns what it measured; the
 * caller formats it.
 */
export async function runBenchmark(
  options: BenchOptions,
  command: string,
  log: (line: string) => void = console.log,
): Promise<BenchReport> {
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  const report = await withBenchSystem(
    options.scale,
    options.gateways,
    log,
    async (system) => {
      const workloads = buildWorkloads(
        system.population,
        system.tokens,
        system.bookings,
        system.headers,
      ).filter((workload) => options.workloads.includes(workload.name));
      const measurements = await measureAll(system, options, workloads, log);
      const journey = workloads.find((workload) => workload.name === 'journey');
      const addedLatency: BenchReport['addedLatency'] = {};
      if (journey) {
        for (const kind of options.gateways) {
          addedLatency[kind] = await measureAddedLatency({
            gateway: gatewayOf(system, kind),
            subgraphs: system.subgraphs.all,
            samples: options.latencySamples,
            nextRequest: journey.requestsFor(kind),
          });
        }
      }
      // The floor under those figures: what the hops alone cost on this machine.
      const transportFloor = journey
        ? await measureTransportFloor({
            samples: options.latencySamples,
            pauseMs: TRANSPORT_PAUSE_MS,
            env: serviceEnvironment(system.data),
          })
        : null;
      const batching =
        options.workloads.includes('prison-list') && system.gateways.has('justice')
          ? await checkBatching({
              gateway: gatewayOf(system, 'justice'),
              subgraphs: system.subgraphs.all,
              population: system.population,
              token: system.tokens.caseworkers[0] ?? '',
            })
          : null;
      return {
        measurements,
        addedLatency,
        transportFloor,
        batching,
        workloadTitles: Object.fromEntries(workloads.map((workload) => [workload.name, workload.title])),
      };
    },
    options.dataRoot,
    // The public bookers' workloads need their prisoners linked first.
    options.workloads.some((name) => name === 'availability' || name === 'booking')
      ? { maxJobs: Math.ceil(options.seconds * MOST_BOOKINGS_PER_SECOND) }
      : null,
  );
  const summaries = summarise(report.measurements);
  const ourJourney = summaries.find(
    (summary) => summary.workload === 'journey' && summary.gateway === 'justice',
  );
  const scaleComparison = ourJourney ? await compareScale(options, ourJourney.p95Ms, log) : null;
  return {
    command,
    startedAt,
    machine: { ...machine, loadAtEnd: currentLoad() },
    settings: {
      scale: options.scale,
      seconds: options.seconds,
      connections: options.connections,
      rounds: options.rounds,
      workloads: options.workloads,
    },
    ...report,
    summaries,
    scaleComparison,
  };
}
