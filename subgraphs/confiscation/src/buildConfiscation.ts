import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { readInterestRate } from './services/interestRate';
import { createConfiscationStore } from './store/confiscationStore';
import { confiscationMigrations } from './store/confiscationMigrations';
import type { ConfiscationTables } from './store/confiscationTables';

/** The confiscation subgraph's own settings. */
export interface ConfiscationSettings {
  /** The yearly rate of interest on unpaid orders, in basis points (CONFISCATION_INTEREST_RATE_PERCENT). */
  interestRateBasisPoints: number;
}

/** The settings from the environment. */
export function readConfiscationSettings(env: Record<string, string | undefined>): ConfiscationSettings {
  return { interestRateBasisPoints: readInterestRate(env) };
}

/** The composition root of the confiscation subgraph: opens and migrates its store and builds what stands on it. */
export async function buildConfiscation(
  databaseLocation: string,
  // Tests build the store without an environment: the defaults (the statutory rate of interest).
  settings: ConfiscationSettings = readConfiscationSettings({}),
) {
  const database = openDatabase<ConfiscationTables>(databaseLocation);
  await migrateToLatest(database.db, confiscationMigrations);
  const store = createConfiscationStore(database);
  return { database, store, settings, close: () => database.close() };
}

/** Everything the confiscation subgraph is built from. */
export type Confiscation = Awaited<ReturnType<typeof buildConfiscation>>;
