/** The database engine the tests' stores run on. */
export type StoreEngine = 'sqlite' | 'postgres';

/**
 * The engine the test harness puts every store on: TEST_STORE_ENGINE, sqlite (the default) or postgres. The
 * PostgreSQL jest project (jest.config.js) sets it; anything else is refused, so a typo cannot quietly fall back to
 * SQLite.
 */
export function testStoreEngine(env: Record<string, string | undefined> = process.env): StoreEngine {
  const engine = env.TEST_STORE_ENGINE ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') {
    throw new Error(`TEST_STORE_ENGINE must be sqlite or postgres, got "${engine}"`);
  }
  return engine;
}

/** The PostgreSQL server the tests use (CI and this machine: trust authentication, database test). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test';

/** Every store the system has, the gateway's audit log included. */
export const TEST_STORES = [
  'magistrates',
  'crown',
  'pnomis',
  'visits',
  'confiscation',
  'notifications',
  'audit',
] as const;

/** A store's name. */
export type TestStore = (typeof TEST_STORES)[number];

/** The setting each store's location is read from (lib/subgraph/subgraphConfig.ts, auditDatabaseLocation.ts). */
export const STORE_LOCATION_VARIABLES: Record<TestStore, string> = {
  magistrates: 'COURTS_MAGISTRATES_DATABASE_URL',
  crown: 'COURTS_CROWN_DATABASE_URL',
  pnomis: 'PNOMIS_DATABASE_URL',
  visits: 'VISITS_DATABASE_URL',
  confiscation: 'CONFISCATION_DATABASE_URL',
  notifications: 'NOTIFICATIONS_DATABASE_URL',
  audit: 'AUDIT_DATABASE_URL',
};
