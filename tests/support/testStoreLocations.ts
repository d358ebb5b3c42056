import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_LOCATION_VARIABLES, type TestStore } from './storeEngine';

/**
 * A test's data folder stands for its stores. On SQLite they are files in it; on PostgreSQL their URLs are written
 * to this file in it, so that whatever starts a subgraph or the gateway over the folder finds the same stores.
 */
const LOCATIONS_FILE = 'store-locations.json';

/** Records where a data folder's stores are, when they are not SQLite files inside it. */
export function recordStoreLocations(dataDir: string, locations: Record<TestStore, string>): void {
  writeFileSync(join(dataDir, LOCATIONS_FILE), `${JSON.stringify(locations, null, 2)}\n`);
}

function recordedLocations(dataDir: string): Partial<Record<TestStore, string>> {
  const path = join(dataDir, LOCATIONS_FILE);
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<TestStore, string>>;
}

/** Where one store of a data folder is: its recorded URL, or else its SQLite file in the folder. */
export function testStoreLocation(dataDir: string, store: TestStore): string {
  return recordedLocations(dataDir)[store] ?? join(dataDir, `${store}.db`);
}

/** The settings that point the subgraphs and the gateway at a data folder's recorded stores (none for SQLite). */
export function storeEnvironment(dataDir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(recordedLocations(dataDir)).map(([store, location]) => [
      STORE_LOCATION_VARIABLES[store as TestStore],
      location,
    ]),
  );
}
