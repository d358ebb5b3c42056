import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import type { StoreLocations } from './storeStreams';

/**
 * Where each store is, read from the same settings the subgraphs read (COURTS_MAGISTRATES_DATABASE_URL,
 * PNOMIS_DATABASE_URL, ...), so that the start command seeds the stores the subgraphs will open: SQLite files
 * under DATA_DIR by default, PostgreSQL where configured.
 */
export function configuredStoreLocations(env: Record<string, string | undefined>): StoreLocations {
  const courts = readSubgraphConfig('COURTS', 4001, env);
  return {
    magistrates: courts.databaseLocation('magistrates'),
    crown: courts.databaseLocation('crown'),
    pnomis: readSubgraphConfig('PNOMIS', 4002, env).databaseLocation('pnomis'),
    visits: readSubgraphConfig('VISITS', 4003, env).databaseLocation('visits'),
    confiscation: readSubgraphConfig('CONFISCATION', 4004, env).databaseLocation('confiscation'),
  };
}
