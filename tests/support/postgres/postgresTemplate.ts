import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { manifestPath } from '../../../seed/seedStores';
import { STORE_NAMES, STORE_SCHEMAS } from '../../../seed/storeStreams';
import { TEST_STORES, type TestStore } from '../storeEngine';
import { recordStoreLocations } from '../testStoreLocations';
import { copySchemaRows } from '@lib/store/copySchemaRows';
import { schemaUrl, withPostgresClient } from './postgresAdmin';
import { currentPostgresRun, templateSchema } from './postgresTestRun';

/**
 * Fresh, empty PostgreSQL schemas for every store of a test, named within the run (so that the run's end drops
 * them), recorded in the data folder for the harness to start the subgraphs and the gateway over.
 */
export function freshPostgresStores(dataDir: string): Record<TestStore, string> {
  const { run } = currentPostgresRun();
  // Random, not counted: jest loads this module afresh for every test file, in one process or several.
  const prefix = `${run}_${randomBytes(4).toString('hex')}`;
  const locations = Object.fromEntries(
    TEST_STORES.map((store) => [store, schemaUrl(`${prefix}_${store}`)]),
  ) as Record<TestStore, string>;
  recordStoreLocations(dataDir, locations);
  return locations;
}

/**
 * Gives a test fresh PostgreSQL stores holding the run's seeded data: each store is migrated by its own
 * migrations, then the template's rows are copied in on the server, far quicker than seeding again.
 */
export async function clonedPostgresStores(dataDir: string): Promise<void> {
  const { run, templateDir } = currentPostgresRun();
  const locations = freshPostgresStores(dataDir);
  await Promise.all(
    STORE_NAMES.map(async (store) => {
      const database = openDatabase(locations[store]);
      try {
        await migrateToLatest(database.db, STORE_SCHEMAS[store].migrations);
      } finally {
        await database.close();
      }
    }),
  );
  await withPostgresClient(async (client) => {
    for (const store of STORE_NAMES) {
      const target = new URL(locations[store]).searchParams.get('schema') ?? '';
      await copySchemaRows(client, templateSchema(run, store), target);
    }
  });
  copyFileSync(manifestPath(templateDir), manifestPath(dataDir));
}
