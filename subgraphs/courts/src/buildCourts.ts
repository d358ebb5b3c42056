import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { createCourtsStore } from './store/courtsStore';
import { crownCourtMigrations } from './store/crownCourtMigrations';
import type { CrownCourtTables } from './store/crownCourtTables';
import { magistratesMigrations } from './store/magistratesMigrations';
import type { MagistratesTables } from './store/magistratesTables';

/** Where the courts subgraph's two systems keep their data. */
export interface CourtsLocations {
  magistrates: string;
  crown: string;
}

/** The composition root of the courts subgraph: opens and migrates both court systems' stores. */
export async function buildCourts(locations: CourtsLocations) {
  const magistrates = openDatabase<MagistratesTables>(locations.magistrates);
  const crown = openDatabase<CrownCourtTables>(locations.crown);
  await migrateToLatest(magistrates.db, magistratesMigrations);
  await migrateToLatest(crown.db, crownCourtMigrations);
  const store = createCourtsStore(magistrates, crown);
  return {
    databases: { magistrates, crown },
    store,
    close: async () => {
      await magistrates.close();
      await crown.close();
    },
  };
}

/** Everything the courts subgraph is built from. */
export type Courts = Awaited<ReturnType<typeof buildCourts>>;
