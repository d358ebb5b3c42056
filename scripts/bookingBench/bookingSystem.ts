/**
 * The system the booking benchmark drives, as it is deployed: the subgraphs and one gateway or several replicas
 * each a process of its own on loopback (several behind a loopback round-robin, itself a process), over the
 * benchmark's seeded data (data/bench/scale-<scale> on SQLite, schemas of the local PostgreSQL server on
 * PostgreSQL, seeded once and shared with `npm run bench`), with visits writing to a scratch copy of its store.
 */
import { openDatabase } from '@lib/store/openDatabase';
import {
  type BenchEngine,
  prepareBenchData,
  preparePostgresBenchData,
  seededDirFor,
} from '../../bench/system/benchData';
import { benchBackendPids } from '../../bench/system/postgresBenchStores';
import { isTimed, type ServiceProcess, type TimedServiceProcess } from '../../bench/system/serviceProcess';
import { startGatewayProcess, startRoundRobinProcess } from '../../bench/system/startGateways';
import { serviceEnvironment, startSubgraphs } from '../../bench/system/startSubgraphs';
import type { StoreLocations } from '../../seed/storeStreams';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/** What to start, and over which data. */
export interface SystemOptions {
  scale: number;
  engine: BenchEngine;
  /** Gateway processes: more than one are put behind a loopback round-robin. */
  replicas: number;
  /** The folder of the seeded data (its manifest and the tokens' keys), when not the benchmark's own. */
  seededDir?: string;
  /** On PostgreSQL, stores already seeded there (a test's), rather than the benchmark's own schemas. */
  seededStores?: StoreLocations;
  log?: (line: string) => void;
}

/** Seeds (or reuses) the data, starts the subgraphs and the gateways, and opens the stores it checks. */
export async function startSystem(options: SystemOptions) {
  const { scale, engine, log = (line: string) => console.log(line) } = options;
  const data =
    engine === 'postgres'
      ? await preparePostgresBenchData(scale, log, options.seededDir, options.seededStores)
      : await prepareBenchData(scale, log, options.seededDir ?? seededDirFor(scale));
  const stops: (() => Promise<void>)[] = [() => data.dispose()];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const subgraphs = await startSubgraphs(data);
    stops.push(() => subgraphs.stop());
    const replicas: TimedServiceProcess[] = [];
    // One after another: started together on two cores, they would only slow each other's start.
    for (let index = 0; index < options.replicas; index += 1) {
      const replica = await startGatewayProcess('justice', data, subgraphs);
      stops.push(() => replica.stop());
      // This gateway runs on Node with the timing hook, which counts the requests it serves.
      if (!isTimed(replica)) throw new Error('the gateway was started without the timing hook');
      replicas.push({ ...replica, name: options.replicas > 1 ? `gateway ${index + 1}` : replica.name });
    }
    const balancer = replicas.length > 1 ? await startRoundRobinProcess(replicas) : null;
    if (balancer) stops.push(() => balancer.stop());
    // Connections of the bench's own to the stores it reads (SQLite's WAL lets it read beside the subgraphs).
    const pnomisStore = openDatabase<PnomisTables>(data.pnomisLocation);
    const visitsStore = openDatabase<VisitsTables>(data.visitsLocation);
    stops.push(() => Promise.all([pnomisStore.close(), visitsStore.close()]).then(() => undefined));
    const measured: ServiceProcess[] = [
      ...replicas,
      ...(balancer ? [balancer] : []),
      subgraphs.visits,
      subgraphs.pnomis,
    ];
    return {
      engine,
      /** The environment of the services: its DATA_DIR holds the keys that sign the bookers' tokens. */
      env: serviceEnvironment(data),
      /** Where the load goes: the round-robin in front of the replicas, or the one gateway. */
      entry: balancer ?? (replicas[0] as ServiceProcess),
      /** The gateway processes, each counting the GraphQL requests it serves (takeTimings). */
      replicas,
      /** The processes a booking goes through, whose CPU the benchmark reports. */
      measured,
      /** On PostgreSQL, the server's backends serving the run's stores, whose CPU is reported too. */
      storeBackends: engine === 'postgres' ? benchBackendPids : null,
      /** The four subgraphs, whose stores count the SQL statements they run. */
      subgraphs: subgraphs.all,
      pnomisDb: pnomisStore.db,
      visitsDb: visitsStore.db,
      visitsStore,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The running system. */
export type System = Awaited<ReturnType<typeof startSystem>>;
