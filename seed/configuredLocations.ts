import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { SUBGRAPHS } from '../subgraphs/registry';
import { STORE_NAMES, type StoreLocations } from './storeStreams';

/**
 * Where each store is, read from the same settings the subgraphs read (COURTS_MAGISTRATES_DATABASE_URL,
 * PNOMIS_DATABASE_URL, ...), so that the start command seeds the stores the subgraphs will open: SQLite files
 * under DATA_DIR by default, PostgreSQL where configured. Every registered subgraph's stores, by store name.
 */
export function configuredStoreLocations(env: Record<string, string | undefined>): StoreLocations {
  const locations: Record<string, string> = {};
  for (const subgraph of SUBGRAPHS) {
    const config = readSubgraphConfig(subgraph.envPrefix, subgraph.defaultPort, env);
    for (const store of subgraph.stores) locations[store] = config.databaseLocation(store);
  }
  return Object.fromEntries(
    STORE_NAMES.map((store) => {
      const location = locations[store];
      if (location === undefined)
        throw new Error(`the seeded store ${store} belongs to no registered subgraph`);
      return [store, location];
    }),
  ) as StoreLocations;
}
