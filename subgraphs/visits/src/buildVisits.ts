import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { createVisitsStore } from './store/visitsStore';
import { visitsMigrations } from './store/visitsMigrations';
import type { VisitsTables } from './store/visitsTables';

/** The composition root of the visits subgraph: opens and migrates its store and builds what stands on it. */
export async function buildVisits(databaseLocation: string) {
  const database = openDatabase<VisitsTables>(databaseLocation);
  await migrateToLatest(database.db, visitsMigrations);
  const store = createVisitsStore(database);
  return { database, store, close: () => database.close() };
}

/** Everything the visits subgraph is built from. */
export type Visits = Awaited<ReturnType<typeof buildVisits>>;
