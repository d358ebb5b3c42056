import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedIfEmpty } from '../../seed/seedStores';

/** The scale the integration tests seed at: small enough to seed in a second or two, large enough for every shape. */
export const TEST_SCALE = 0.002;

/** A fresh temporary data folder with every store seeded by the real generator, and its manifest. */
export async function seededDataDir(seed = 7) {
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-test-'));
  const manifest = await seedIfEmpty({ dataDir, scale: TEST_SCALE, seed, asOf: '2026-11-01' });
  return { dataDir, manifest };
}
