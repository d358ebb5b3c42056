import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestPath } from '../../seed/manifestLocation';
import type { SeedManifest } from '../../seed/seedManifest';
import { copySqliteTemplate } from './sqliteTemplate';
import { testStoreEngine } from './storeEngine';

/** The scale the integration tests seed at: small enough to seed in a second or two, large enough for every shape. */
export const TEST_SCALE = 0.002;
/** The generator's seed and as-of date for the integration tests' stores. */
export const TEMPLATE_SEED = 7;
export const TEST_AS_OF = '2026-11-01';

/**
 * A fresh temporary data folder with every store seeded by the real generator, and its manifest. The stores are
 * on the engine the harness runs on (TEST_STORE_ENGINE): SQLite files in the folder, or fresh PostgreSQL schemas
 * copied from the run's seeded template and recorded in the folder (testStoreLocations.ts). On SQLite the files are
 * copied from the run's template too (sqliteTemplate.ts), or seeded here when the run has none.
 */
export async function seededDataDir(): Promise<{ dataDir: string; manifest: SeedManifest }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-test-'));
  // The PostgreSQL template's module and the generator are loaded only when needed: the generator and its
  // dependencies take half a second to load in every test file, and a copied template needs neither.
  if (testStoreEngine() === 'postgres') {
    const { clonedPostgresStores } = await import('./postgres/postgresTemplate');
    await clonedPostgresStores(dataDir);
    return { dataDir, manifest: JSON.parse(readFileSync(manifestPath(dataDir), 'utf8')) as SeedManifest };
  }
  if (copySqliteTemplate(dataDir)) {
    return { dataDir, manifest: JSON.parse(readFileSync(manifestPath(dataDir), 'utf8')) as SeedManifest };
  }
  const { seedIfEmpty } = await import('../../seed/seedStores');
  const manifest = await seedIfEmpty({ dataDir, scale: TEST_SCALE, seed: TEMPLATE_SEED, asOf: TEST_AS_OF });
  return { dataDir, manifest };
}

/** The first person of the seed whose journey crosses every system: the sample most suites ask about. */
export function firstFullJourney(manifest: SeedManifest): { pncId: string; prisonNumber: string } {
  const first = manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  return first;
}
