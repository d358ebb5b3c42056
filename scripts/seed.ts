/**
 * `npm run seed -- --scale 0.01 --seed 42 --as-of 2026-11-01 --data-dir data [--fault-rate 0.02] [--force]`:
 * generates the synthetic data set into the SQLite stores of a data folder and writes its manifest, printing
 * the rows written per table and the time taken. Refuses to overwrite existing stores unless --force is given,
 * which deletes the stores' files (and the manifest) first.
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { manifestPath, seedStores, storeLocations } from '../seed/seedStores';
import { checkedOptions } from '../seed/planJustice';
import { DEFAULT_GENERATE_OPTIONS } from '../seed/seedOptions';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.scale) },
    seed: { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.seed) },
    'as-of': { type: 'string', default: DEFAULT_GENERATE_OPTIONS.asOf },
    'data-dir': { type: 'string', default: 'data' },
    'fault-rate': { type: 'string', default: String(DEFAULT_GENERATE_OPTIONS.faultRate) },
    force: { type: 'boolean', default: false },
  },
});

function numberOption(name: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    console.error(`--${name} must be a number, got "${text}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const dataDir = values['data-dir'];
  // Checked before anything is deleted, so that a mistyped option never costs the existing data set.
  const options = checkedOptions({
    scale: numberOption('scale', values.scale),
    seed: numberOption('seed', values.seed),
    asOf: values['as-of'],
    faultRate: numberOption('fault-rate', values['fault-rate']),
  });
  // A store's WAL files, or the rollback journal of an interrupted bulk load, go with it.
  const files = Object.values(storeLocations(dataDir)).flatMap((path) =>
    ['', '-wal', '-shm', '-journal'].map((suffix) => `${path}${suffix}`),
  );
  const existing = [...files, manifestPath(dataDir)].filter((path) => existsSync(path));
  if (existing.length > 0 && !values.force) {
    console.error(`${dataDir} already holds a data set (${existing.join(', ')}); add --force to replace it`);
    process.exit(1);
  }
  for (const path of existing) rmSync(path);
  const started = Date.now();
  const manifest = await seedStores({
    dataDir,
    ...options,
    log: (line) => console.log(line),
    // The magistrates' store is written in a worker thread alongside the others: about twice as fast on two cores.
    parallel: true,
  });
  const width = Math.max(...Object.keys(manifest.counts).map((table) => table.length));
  for (const [table, count] of Object.entries(manifest.counts))
    console.log(`${table.padEnd(width)} ${String(count).padStart(10)}`);
  const total = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0);
  console.log(`${'total'.padEnd(width)} ${String(total).padStart(10)}`);
  console.log(`${manifest.faults.length} faults injected; manifest at ${manifestPath(dataDir)}`);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
