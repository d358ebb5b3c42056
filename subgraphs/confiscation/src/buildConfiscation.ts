import { readInteger, readUrl } from '@lib/config/environment';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { courtsClient, type CourtsClientOptions } from './courts/courtsClient';
import { openDatabase } from '@lib/store/openDatabase';
import { readInterestRate } from './services/interestRate';
import { createConfiscationStore } from './store/confiscationStore';
import { confiscationMigrations } from './store/confiscationMigrations';
import type { ConfiscationTables } from './store/confiscationTables';

/** The confiscation subgraph's own settings. */
export interface ConfiscationSettings {
  /** The yearly rate of interest on unpaid orders, in basis points (CONFISCATION_INTEREST_RATE_PERCENT). */
  interestRateBasisPoints: number;
  /** The courts subgraph, asked live for the Crown Court's record (CONFISCATION_COURTS_*). */
  courts: CourtsClientOptions;
}

/** The settings from the environment. */
export function readConfiscationSettings(env: Record<string, string | undefined>): ConfiscationSettings {
  return {
    interestRateBasisPoints: readInterestRate(env),
    courts: {
      url: readUrl(env, 'CONFISCATION_COURTS_URL', 'http://127.0.0.1:4001/graphql'),
      timeoutMs: readInteger(env, 'CONFISCATION_COURTS_TIMEOUT_MS', 3000, 50, 60_000),
      circuitFailures: readInteger(env, 'CONFISCATION_COURTS_CIRCUIT_FAILURES', 5, 1, 1000),
      circuitProbeMs: readInteger(env, 'CONFISCATION_COURTS_CIRCUIT_PROBE_MS', 2000, 50, 600_000),
    },
  };
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
  const courts = courtsClient(settings.courts);
  return { database, store, settings, courts, close: () => database.close() };
}

/** Everything the confiscation subgraph is built from. */
export type Confiscation = Awaited<ReturnType<typeof buildConfiscation>>;
