/**
 * The system the booking benchmark drives, as it is deployed: the four subgraphs and the gateway each a process
 * of its own on loopback, over the benchmark's seeded data (data/bench/scale-<scale>, seeded once and shared
 * with `npm run bench`), with visits writing to a scratch copy of its store.
 */
import { openDatabase } from '@lib/store/openDatabase';
import { prepareBenchData } from '../../bench/system/benchData';
import type { ServiceProcess } from '../../bench/system/serviceProcess';
import { startGatewayProcess } from '../../bench/system/startGateways';
import { serviceEnvironment, startSubgraphs } from '../../bench/system/startSubgraphs';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/** Seeds (or reuses) the data at `scale`, starts the subgraphs and the gateway, and opens the stores it checks. */
export async function startSystem(scale: number) {
  const data = await prepareBenchData(scale, (line) => console.log(line));
  const stops: (() => Promise<void>)[] = [() => Promise.resolve(data.dispose())];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const subgraphs = await startSubgraphs(data);
    stops.push(() => subgraphs.stop());
    const gateway = await startGatewayProcess('justice', data, subgraphs);
    stops.push(() => gateway.stop());
    // Connections of the bench's own to the stores it reads (SQLite's WAL lets it read beside the subgraphs).
    const pnomisStore = openDatabase<PnomisTables>(data.pnomisLocation);
    const visitsStore = openDatabase<VisitsTables>(data.visitsLocation);
    stops.push(() => Promise.all([pnomisStore.close(), visitsStore.close()]).then(() => undefined));
    const measured: ServiceProcess[] = [gateway, subgraphs.visits, subgraphs.pnomis];
    return {
      /** The environment of the services: its DATA_DIR holds the keys that sign the bookers' tokens. */
      env: serviceEnvironment(data),
      gateway,
      /** The processes a booking goes through, whose CPU the benchmark reports. */
      measured,
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
