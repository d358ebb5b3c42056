import { seedSqliteTemplateOnce } from '../sqliteTemplate';
import { testStoreEngine } from '../storeEngine';
import { startPostgresRunOnce } from './postgresRunOnce';

/**
 * Jest's global set-up for the sqlite project: seeds the template every test file copies its SQLite stores from,
 * or, when TEST_STORE_ENGINE=postgres moves its stores to PostgreSQL too, the PostgreSQL one. (Jest runs a
 * set-up module once per run whichever projects name it, with the first project's settings, which is why each
 * project has its own.)
 */
export default async function storesGlobalSetup(): Promise<void> {
  if (testStoreEngine() === 'postgres') await startPostgresRunOnce();
  else await seedSqliteTemplateOnce();
}
