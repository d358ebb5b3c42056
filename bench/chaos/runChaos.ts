import { writeFileSync } from 'node:fs';
import type { SentRequest } from './chaosLoad';
import { startChaosLoad } from './chaosLoad';
import { checkChaosWrites, type ChaosChecks } from './chaosChecks';
import {
  freezeFault,
  killFault,
  restartFault,
  storeLockFault,
  supergraphReloadFault,
  type Fault,
} from './chaosFaults';
import type { ChaosOptions } from './chaosOptions';
import { readChaosPeople } from './chaosPeople';
import { chaosRequestMakers } from './chaosRequests';
import { startChaosSystem } from './chaosSystem';
import { faultFigures, type FaultFigures } from './faultFigures';
import { monitorSystem } from './systemMonitor';

/** What a chaos run saw: every request, each fault's figures, and the stores' checks afterwards. */
export interface ChaosRun {
  sent: readonly SentRequest[];
  figures: FaultFigures[];
  checks: ChaosChecks;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** After a fault is over, how long the load goes on before the next, so that its recovery shows in the figures. */
const SETTLE_MS = 3000;
/**
 * A gap between one fault's window and the next fault, whose requests count for neither: a request started just
 * before the window closed must not be charged to this fault when the next one is what holds it up.
 */
const GAP_MS = 1000;

/** The faults of a run, in order: each subgraph killed, frozen and restarted; a store locked; a reload. */
function faultsOf(options: ChaosOptions): Fault[] {
  return [
    ...options.subgraphs.flatMap((subgraph) => [
      killFault(subgraph),
      freezeFault(subgraph, options.faultSeconds),
      restartFault(subgraph),
    ]),
    storeLockFault('confiscation', (system) => system.locations.confiscation, options.faultSeconds),
    supergraphReloadFault(),
  ];
}

/** Runs the system under load, breaks it fault by fault, then stops it and checks its stores. */
export async function runChaos(options: ChaosOptions, log: (line: string) => void): Promise<ChaosRun> {
  const chaos = await startChaosSystem(options.scale, log, options.seededDir);
  const monitor = monitorSystem(chaos.system.ports);
  try {
    const people = await readChaosPeople(chaos.runDir, chaos.locations);
    log(`System ready over ${chaos.runDir}; load of ${options.rate} requests a second starting`);
    const load = startChaosLoad({
      url: chaos.system.gatewayUrl,
      perSecond: options.rate,
      weights: options.weights,
      makers: chaosRequestMakers(people),
    });
    // The first seconds warm the processes up (compilation, caches, connections): not part of the baseline.
    await sleep(3000);
    const baselineFrom = Date.now();
    await sleep(options.baselineSeconds * 1000);
    const baselineTo = Date.now();
    const windows = [];
    for (const fault of faultsOf(options)) {
      log(`fault: ${fault.name}`);
      const times = await fault.inject(chaos, monitor);
      const subgraph = fault.subgraph;
      await monitor.waitFor(
        (sample) =>
          subgraph === null || (sample.ready[subgraph] === true && sample.circuits[subgraph] === 'closed'),
        20_000,
      );
      await sleep(SETTLE_MS);
      windows.push({ fault, times, windowEnd: Date.now() });
      await sleep(GAP_MS);
    }
    await load.stop();
    const baseline = load.sent.filter(
      (request) => request.startedAt >= baselineFrom && request.startedAt < baselineTo,
    );
    const figures = windows.map((window) => faultFigures({ ...window, sent: load.sent, baseline, monitor }));
    if (options.record) {
      const faults = windows.map(({ fault, times, windowEnd }) => ({
        name: fault.name,
        ...times,
        windowEnd,
      }));
      writeFileSync(options.record, JSON.stringify({ faults, samples: monitor.samples, sent: load.sent }));
    }
    monitor.stop();
    log('Stopping the system (SIGINT to the supervisor) to check its stores');
    await chaos.stop();
    const checks = await checkChaosWrites(chaos.runDir, chaos.locations, load.sent);
    return { sent: load.sent, figures, checks };
  } finally {
    monitor.stop();
    await chaos.stop();
    chaos.dispose();
  }
}
