import { existsSync } from 'node:fs';
import { COMPILED_DIR, compiledEntry } from '@lib/config/processCommands';
import { linkPrisonersToBookers } from '../load/bookerLinks';
import { signCallerCredentials } from '../load/callerCredentials';
import { callerHeaders, type CallerHeaders } from '../load/callerHeaders';
import { callerTokens } from '../load/callerTokens';
import { prepareBookingJobs, type BookingJobs } from '../load/bookingJobs';
import type { CallerTokens } from '../load/workloads';
import { prepareBenchData, seededDirFor, type BenchData } from './benchData';
import { readPopulation, type Population } from './population';
import type { ServiceProcess } from './serviceProcess';
import { forwardsCallerCredential, type GatewayKind } from './gatewayKinds';
import { startGatewayProcess } from './startGateways';
import { startTraceSink } from './traceSink';
import { startSubgraphs, type RunningSubgraphs } from './startSubgraphs';

/** Prisoners per page of the prison list: long enough that an N+1 would show. */
const PRISON_PAGE_SIZE = 20;

/** Simulated users per agency, each with a token of their own. */
const USERS = 50;

/** Bookers linking their prisoners at once (each its own one after another). */
const LINKING_CONCURRENCY = 16;

/** What the public bookers of a run need: their prisoners linked, for at most this many bookings. */
export interface BookerSetup {
  maxJobs: number;
}

/** Everything a run measures against: data, subgraphs, gateways, callers and bookings to make. */
export interface BenchSystem {
  data: BenchData;
  population: Population;
  subgraphs: RunningSubgraphs;
  gateways: Map<GatewayKind, ServiceProcess>;
  tokens: CallerTokens;
  /** Each request's headers, by gateway: for one that only forwards the subgraph credential, with the user's. */
  headers: CallerHeaders;
  bookings: BookingJobs;
}

/**
 * Seeds (or reuses) the data at `scale`, starts the four subgraphs and each gateway in a process of its own, runs
 * `work`, and stops everything however it ends. The gateways stay up side by side: the idle ones cost nothing
 * but memory, and the load goes to one at a time. With `bookers`, the simulated public bookers first link the
 * prisoners they will ask about and book for to their accounts, through the first gateway, as members of the
 * public do: the links are in the visits store every gateway books into, so each is measured alike.
 */
export async function withBenchSystem<Result>(
  scale: number,
  gatewayKinds: readonly GatewayKind[],
  log: (line: string) => void,
  work: (system: BenchSystem) => Promise<Result>,
  dataRoot?: string,
  bookers: BookerSetup | null = null,
): Promise<Result> {
  // The services run compiled, as deployed: `npm run build` (which npm run bench runs first) made them.
  if (!existsSync(compiledEntry('gateway/main')) || !existsSync(compiledEntry('subgraphs/main'))) {
    throw new Error(`The compiled services are missing from ${COMPILED_DIR}: run npm run build first`);
  }
  const data = await prepareBenchData(scale, log, seededDirFor(scale, dataRoot));
  const stops: (() => Promise<void>)[] = [];
  try {
    const population = await readPopulation(data.pnomisLocation, PRISON_PAGE_SIZE);
    const subgraphs = await startSubgraphs(data);
    stops.push(() => subgraphs.stop());
    const gateways = new Map<GatewayKind, ServiceProcess>();
    // The traced gateway's collector: a sink in this process.
    const sink = gatewayKinds.includes('traced') ? await startTraceSink() : null;
    if (sink) stops.push(() => sink.stop());
    // One at a time: started together on two cores, they would only slow each other's start.
    for (const kind of gatewayKinds) {
      const gateway = await startGatewayProcess(kind, data, subgraphs, sink?.endpoint);
      stops.push(() => gateway.stop());
      gateways.set(kind, gateway);
    }
    log(`Subgraphs and gateways (${[...gateways.keys()].join(', ')}) running`);
    const bookings = await prepareBookingJobs(population, data.visitsLocation, bookers?.maxJobs);
    stops.push(() => bookings.close());
    const tokens = await callerTokens(data.seededDir, USERS);
    // Signed here only for a gateway that cannot sign them: the others sign their own, as they would deployed.
    const credentials = gatewayKinds.some(forwardsCallerCredential)
      ? await signCallerCredentials(data.seededDir, [...tokens.caseworkers, ...tokens.publicBookers])
      : null;
    if (credentials) stops.push(() => Promise.resolve(credentials.stop()));
    const headers = callerHeaders(credentials);
    const [first] = gateways;
    if (bookers && first) {
      const [kind, gateway] = first;
      const linking = await linkPrisonersToBookers({
        gateway: kind,
        graphqlUrl: gateway.graphqlUrl,
        tokens: tokens.publicBookers,
        prisoners: population.prisonersInCustody.filter((prisoner) =>
          bookings.prisonNumbers.has(prisoner.prisonNumber),
        ),
        concurrency: LINKING_CONCURRENCY,
        headersFor: headers,
      });
      log(
        `Linked ${linking.linked} prisoners to ${USERS} public bookers through ${kind} in ` +
          `${linking.seconds.toFixed(1)} s (${(linking.linked / linking.seconds).toFixed(0)} a second)`,
      );
    }
    return await work({ data, population, subgraphs, gateways, tokens, headers, bookings });
  } finally {
    for (const stop of stops.reverse()) await stop();
    await data.dispose();
  }
}
