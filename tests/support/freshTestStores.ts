import { join } from 'node:path';
import { freshPostgresStores } from './postgres/postgresTemplate';
import { TEST_STORES, testStoreEngine, type TestStore } from './storeEngine';

/**
 * Where a test that fills its stores by hand should open them, on the harness's engine: SQLite files in the data
 * folder, or fresh PostgreSQL schemas recorded in it, so that startSupergraph and the other harnesses started
 * over the folder open the same stores.
 */
export function freshTestStores(dataDir: string): Record<TestStore, string> {
  if (testStoreEngine() === 'postgres') return freshPostgresStores(dataDir);
  return Object.fromEntries(TEST_STORES.map((store) => [store, join(dataDir, `${store}.db`)])) as Record<
    TestStore,
    string
  >;
}
