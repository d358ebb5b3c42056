import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedIfEmpty } from '../../seed/seedStores';
import { dropSchemasStartingWith, schemaUrl, withPostgresClient } from './postgres/postgresAdmin';
import { TEMPLATE_SEED, TEST_AS_OF, TEST_SCALE } from './seededDataDir';
import { STORE_LOCATION_VARIABLES, TEST_POSTGRES_URL, TEST_STORES } from './storeEngine';

export { TEST_POSTGRES_URL };

/**
 * Seeds every store into schemas of their own on the real PostgreSQL server, named for this call so that runs do
 * not meet, and gives the environment that points the subgraphs and the gateway at them, whatever engine the
 * harness runs on: for the tests that are about PostgreSQL itself. An unreachable server fails the test, loudly.
 */
export async function seededPostgres(seed = TEMPLATE_SEED) {
  const run = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const url = (store: string) => schemaUrl(`${run}_${store}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-pg-'));
  const manifest = await seedIfEmpty({
    dataDir,
    scale: TEST_SCALE,
    seed,
    asOf: TEST_AS_OF,
    locations: {
      magistrates: url('magistrates'),
      crown: url('crown'),
      pnomis: url('pnomis'),
      visits: url('visits'),
      confiscation: url('confiscation'),
    },
  });
  const env = Object.fromEntries(
    TEST_STORES.map((store) => [STORE_LOCATION_VARIABLES[store], url(store)]),
  ) as Record<string, string>;
  const dropSchemas = () => withPostgresClient((client) => dropSchemasStartingWith(client, run));
  return { dataDir, manifest, env, dropSchemas };
}
