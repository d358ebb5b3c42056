/**
 * `npx tsx scripts/added-latency.ts [--scale 0.01] [--samples 300] [--rounds 3]`: this gateway's added latency on
 * the journey, and where it falls, measured again and again on one running system: the quick loop for a change
 * to the gateway's own path (the full benchmark measures it once per gateway, beside the peers and the floor).
 *
 * Starts the system as the benchmark does (bench/system: the seeded data of data/bench/scale-<scale>, the four
 * subgraphs and this gateway each a process of its own) and, `--rounds` times, sends `--samples` journeys one at a
 * time (bench/latency/addedLatency.ts). Each round prints, p50 in ms, the added latency inside the gateway (its
 * time less the subgraphs' critical path) and its parts before the first fetch, between fetch stages and after the
 * last. The first round also warms the processes up: compare the later ones.
 */
import { parseArgs } from 'node:util';
import { measureAddedLatency } from '../bench/latency/addedLatency';
import { buildWorkloads } from '../bench/load/workloads';
import { positiveOptionOrExit } from '../bench/positiveOption';
import { withBenchSystem } from '../bench/system/benchSystem';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    samples: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
  },
});

const SCALE = positiveOptionOrExit('scale', values.scale);
const SAMPLES = Math.floor(positiveOptionOrExit('samples', values.samples));
const ROUNDS = Math.floor(positiveOptionOrExit('rounds', values.rounds));

async function main(): Promise<void> {
  await withBenchSystem(SCALE, ['justice'], console.log, async (system) => {
    const gateway = system.gateways.get('justice');
    const journey = buildWorkloads(system.population, system.tokens, system.bookings, system.headers).find(
      (workload) => workload.name === 'journey',
    );
    if (!gateway || !journey) throw new Error('the gateway or the journey workload is missing');
    const ms = (value: number | undefined) => (value ?? Number.NaN).toFixed(2);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const added = await measureAddedLatency({
        gateway,
        subgraphs: system.subgraphs.all,
        samples: SAMPLES,
        nextRequest: journey.requestsFor('justice'),
      });
      const inside = added.atGateway;
      console.log(
        `round ${round}: ${added.samples} journeys, errors ${added.errors}; p50 ms: added ${ms(inside?.addedP50Ms)} ` +
          `(before the first fetch ${ms(inside?.beforeFirstFetchP50Ms)}, between ${ms(inside?.betweenFetchesP50Ms)}, ` +
          `after the last ${ms(inside?.afterLastFetchP50Ms)}), at the client ${ms(added.addedAtClientP50Ms)}`,
      );
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
