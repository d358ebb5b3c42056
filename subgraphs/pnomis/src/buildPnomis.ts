import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { learningMigrations } from './learning/learningMigrations';
import { createPnomisStore } from './store/pnomisStore';
import { pnomisMigrations } from './store/pnomisMigrations';
import type { PnomisTables } from './store/pnomisTables';

/** The composition root of the P-Nomis subgraph: opens and migrates its store and builds what stands on it. */
export async function buildPnomis(databaseLocation: string) {
  const database = openDatabase<PnomisTables>(databaseLocation);
  await migrateToLatest(database.db, { ...pnomisMigrations, ...learningMigrations });
  const store = createPnomisStore(database);
  return { database, store, close: () => database.close() };
}

/** Everything the P-Nomis subgraph is built from. */
export type Pnomis = Awaited<ReturnType<typeof buildPnomis>>;
