/**
 * `npx tsx scripts/gateway-cpu.ts [--scale 0.01] [--seconds 15] [--warmup 3] [--connections 16]`: the CPU time
 * per journey request of the gateway and of each subgraph, the steady figure on a shared machine.
 *
 * Starts the system as the benchmark does (bench/system: the seeded data of data/bench/scale-<scale>, the four
 * subgraphs and this gateway each a process of its own) and drives the benchmark's journey workload at it (each
 * request a different person, with one of the simulated caseworkers' own tokens). It prints requests per
 * second, latency percentiles, errors, and the CPU time (user + system, from /proc) that the gateway and each
 * subgraph spent per request. BENCH_CPU_PROFILE_DIR=<folder> writes every service's CPU profile there.
 */
import { parseArgs } from 'node:util';
import { positiveOptionOrExit } from '../bench/positiveOption';
import { driveLoad } from '../bench/load/driveLoad';
import { cpuMsOf } from '../bench/load/processSampler';
import { withThisGatewayOnTheJourney } from '../bench/system/thisGatewayOnTheJourney';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
  },
});

const SCALE = positiveOptionOrExit('scale', values.scale);
const SECONDS = positiveOptionOrExit('seconds', values.seconds);
const WARMUP = positiveOptionOrExit('warmup', values.warmup);
const CONNECTIONS = Math.floor(positiveOptionOrExit('connections', values.connections));

async function main(): Promise<void> {
  await withThisGatewayOnTheJourney(SCALE, async ({ system, gateway, journey }) => {
    const services = [gateway, ...system.subgraphs.all];
    const drive = (seconds: number) =>
      driveLoad({
        url: gateway.graphqlUrl,
        connections: CONNECTIONS,
        seconds,
        nextRequest: journey.requestsFor('justice'),
      });
    await drive(WARMUP);
    const before = services.map((service) => cpuMsOf(service.pid));
    const load = await drive(SECONDS);
    const cpu = services.map((service, index) => cpuMsOf(service.pid) - (before[index] ?? 0));
    const errors = Object.entries(load.errorCodes).map(([code, count]) => `${code} ${count}`);
    console.log(
      `journey: ${load.requests} requests in ${load.seconds.toFixed(1)} s = ${load.requestsPerSecond.toFixed(0)}/s, ` +
        `p50 ${load.p50Ms.toFixed(1)} ms, p95 ${load.p95Ms.toFixed(1)} ms, p99 ${load.p99Ms.toFixed(1)} ms; ` +
        `errors ${errors.join(', ') || 'none'}`,
    );
    const perRequest = (ms: number) => `${(ms / Math.max(1, load.requests)).toFixed(2)} ms`;
    console.log(
      `CPU per request: ${services.map((service, index) => `${service.name} ${perRequest(cpu[index] ?? 0)}`).join(', ')}`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
