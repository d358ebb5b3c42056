import { seedIfEmpty } from '../../../seed/seedStores';
import { STORE_NAMES, type StoreLocations } from '../../../seed/storeStreams';
import { TEMPLATE_SEED, TEST_AS_OF, TEST_SCALE } from '../seededDataDir';
import { schemaUrl } from './postgresAdmin';
import { templateSchema } from './postgresTestRun';

/**
 * Seeds a run's template stores on PostgreSQL: `node --import tsx seedTemplate.ts <run> <template data folder>`.
 * The same generator, scale and seed as the SQLite tests' stores.
 */
async function main([run, templateDir]: string[]): Promise<void> {
  if (!run || !templateDir) throw new Error('usage: seedTemplate.ts <run> <template data folder>');
  const locations = Object.fromEntries(
    STORE_NAMES.map((store) => [store, schemaUrl(templateSchema(run, store))]),
  ) as StoreLocations;
  await seedIfEmpty({
    dataDir: templateDir,
    scale: TEST_SCALE,
    seed: TEMPLATE_SEED,
    asOf: TEST_AS_OF,
    locations,
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
