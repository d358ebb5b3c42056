import { buildWorkloads, type Workload } from '../load/workloads';
import { withBenchSystem, type BenchSystem } from './benchSystem';
import type { ServiceProcess } from './serviceProcess';

/** What a script measuring this gateway alone on the journey works with. */
export interface ThisGatewayOnTheJourney {
  system: BenchSystem;
  /** This gateway, as shipped (the `justice` kind), the only gateway started. */
  gateway: ServiceProcess;
  /** The benchmark's journey workload: each request a different person, with a simulated caseworker's token. */
  journey: Workload;
}

/**
 * Starts the system as the benchmark does, with this gateway alone (the seeded data of data/bench/scale-<scale>,
 * the four subgraphs and the gateway each a process of its own), and runs `work` with it and the journey workload:
 * what the scripts that measure one figure of this gateway on the journey (scripts/gateway-cpu.ts,
 * scripts/added-latency.ts) start from.
 */
export function withThisGatewayOnTheJourney<Result>(
  scale: number,
  work: (setup: ThisGatewayOnTheJourney) => Promise<Result>,
): Promise<Result> {
  return withBenchSystem(scale, ['justice'], console.log, async (system) => {
    const gateway = system.gateways.get('justice');
    const journey = buildWorkloads(system.population, system.tokens, system.bookings, system.headers).find(
      (workload) => workload.name === 'journey',
    );
    if (!gateway || !journey) throw new Error('the gateway or the journey workload is missing');
    return work({ system, gateway, journey });
  });
}
