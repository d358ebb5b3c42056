import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedIfEmpty, storeLocations } from '../../seed/seedStores';
import { REPOSITORY_ROOT } from './serviceProcess';

/** The data a benchmark run reads and writes. */
export interface BenchData {
  scale: number;
  /** The seeded folder, kept between runs (seeding at national scale takes minutes); its keys sign every token. */
  seededDir: string;
  /** This run's scratch folder: a copy of the visits store (bookings write to it) and the gateway's audit log. */
  runDir: string;
  pnomisLocation: string;
  visitsLocation: string;
  auditLocation: string;
  /** Removes the scratch folder; the seeded folder stays for the next run. */
  dispose(): void;
}

/** Where the seeded data of a scale is cached: data/bench/scale-<scale>, git-ignored like the rest of data/. */
export function seededDirFor(scale: number, dataRoot = resolve(REPOSITORY_ROOT, 'data')): string {
  return join(dataRoot, 'bench', `scale-${scale}`);
}

/**
 * Seeds the stores at `scale` once (a later run reuses them), then copies the visits store into a scratch folder
 * so that the bookings a run makes never change the cached data set.
 */
export async function prepareBenchData(
  scale: number,
  log: (line: string) => void,
  seededDir = seededDirFor(scale),
): Promise<BenchData> {
  const started = Date.now();
  await seedIfEmpty({ dataDir: seededDir, scale, parallel: true, log });
  log(`Data at scale ${scale} ready in ${seededDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const seeded = storeLocations(seededDir);
  const runDir = mkdtempSync(join(tmpdir(), 'justice-bench-'));
  const visitsLocation = join(runDir, 'visits.db');
  for (const suffix of ['', '-wal']) {
    if (existsSync(`${seeded.visits}${suffix}`))
      copyFileSync(`${seeded.visits}${suffix}`, `${visitsLocation}${suffix}`);
  }
  return {
    scale,
    seededDir,
    runDir,
    pnomisLocation: seeded.pnomis,
    visitsLocation,
    auditLocation: join(runDir, 'audit.db'),
    dispose: () => rmSync(runDir, { recursive: true, force: true }),
  };
}
