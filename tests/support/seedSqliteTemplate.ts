import { seedIfEmpty } from '../../seed/seedStores';
import { TEMPLATE_SEED, TEST_AS_OF, TEST_SCALE } from './seededDataDir';

/**
 * Seeds a run's SQLite template: `node --import tsx seedSqliteTemplate.ts <template data folder>` (sqliteTemplate.ts).
 * The same generator, scale and seed as seededDataDir.ts falls back to.
 */
async function main([templateDir]: string[]): Promise<void> {
  if (!templateDir) throw new Error('usage: seedSqliteTemplate.ts <template data folder>');
  await seedIfEmpty({ dataDir: templateDir, scale: TEST_SCALE, seed: TEMPLATE_SEED, asOf: TEST_AS_OF });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
