import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { createConfiscationStore } from './store/confiscationStore';
import { confiscationMigrations } from './store/confiscationMigrations';
import type { ConfiscationTables } from './store/confiscationTables';

/** The composition root of the confiscation subgraph: opens and migrates its store and builds what stands on it. */
export async function buildConfiscation(databaseLocation: string) {
  const database = openDatabase<ConfiscationTables>(databaseLocation);
  await migrateToLatest(database.db, confiscationMigrations);
  const store = createConfiscationStore(database);
  return { database, store, close: () => database.close() };
}

/** Everything the confiscation subgraph is built from. */
export type Confiscation = Awaited<ReturnType<typeof buildConfiscation>>;
