/**
 * `npx tsx scripts/added-latency.ts [--scale 0.01] [--samples 300] [--rounds 3]`: this gateway's added latency on
 * the journey, and where it falls, measured again and again on one running system: the quick loop for a change
 * to the gateway's own path (the full benchmark measures it once per gateway, beside the peers and the floor).
 *
 * Starts the system as the benchmark does (bench/system: the seeded data of data/bench/scale-<scale>, the four
 * subgraphs and this gateway each a process of its own) and, `--rounds` times, sends `--samples` journeys one at a
 * time (bench/latency/addedLatency.ts). Each round prints, p50 in ms, the added latency inside the gateway (its
 * time less the subgraphs' critical path), its parts before the first fetch, between fetch stages and after the
 * last, the transport floor measured just after it (bench/latency/transportFloor.ts) and the own overhead, the
 * added latency less the journey's three floors. The first round also warms the processes up: compare the later
 * ones.
 */
import { parseArgs } from 'node:util';
import { measureAddedLatency } from '../bench/latency/addedLatency';
import { JOURNEY_ROUNDS, ownOverhead } from '../bench/latency/ownOverhead';
import { measureTransportFloor } from '../bench/latency/transportFloor';
import { positiveOptionOrExit } from '../bench/positiveOption';
import { withThisGatewayOnTheJourney } from '../bench/system/thisGatewayOnTheJourney';
import { serviceEnvironment } from '../bench/system/startSubgraphs';

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
  await withThisGatewayOnTheJourney(SCALE, async ({ system, gateway, journey }) => {
    const ms = (value: number | undefined) => (value ?? Number.NaN).toFixed(2);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const added = await measureAddedLatency({
        gateway,
        subgraphs: system.subgraphs.all,
        samples: SAMPLES,
        nextRequest: journey.requestsFor('justice'),
      });
      // As the benchmark measures it: 200 round trips with a 5 ms pause, after the journeys, on the same system.
      const floor = await measureTransportFloor({
        samples: 200,
        pauseMs: 5,
        env: serviceEnvironment(system.data),
      });
      const inside = added.atGateway;
      console.log(
        `round ${round}: ${added.samples} journeys, errors ${added.errors}; p50 ms: added ${ms(inside?.addedP50Ms)} ` +
          `(before the first fetch ${ms(inside?.beforeFirstFetchP50Ms)}, between ${ms(inside?.betweenFetchesP50Ms)}, ` +
          `after the last ${ms(inside?.afterLastFetchP50Ms)}); floor ${ms(floor.transportP50Ms)} a round trip; ` +
          `own overhead ${ms(ownOverhead(added, floor).insideP50Ms ?? undefined)} (less ${JOURNEY_ROUNDS} floors)`,
      );
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
