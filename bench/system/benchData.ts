import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedIfEmpty, storeLocations } from '../../seed/seedStores';
import type { StoreLocations, StoreName } from '../../seed/storeStreams';
import { postgresRunStores, seededPostgresStores } from './postgresBenchStores';
import { REPOSITORY_ROOT } from './serviceProcess';

/** The engine a run's stores are on: embedded SQLite files (the default) or the local PostgreSQL server. */
export type BenchEngine = 'sqlite' | 'postgres';

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
  /**
   * The settings that point the services at the other stores (COURTS_MAGISTRATES_DATABASE_URL, ...): none on
   * SQLite, whose stores are files in DATA_DIR, where the services look by default.
   */
  storeVariables: Record<string, string>;
  /** Removes the scratch folder (and on PostgreSQL the run's schemas); the seeded data stays for the next run. */
  dispose(): Promise<void>;
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
    storeVariables: {},
    dispose: () => Promise.resolve(rmSync(runDir, { recursive: true, force: true })),
  };
}

/**
 * The stores a booking reads and writes: the benchmark on PostgreSQL seeds only these. At national scale the
 * others would take more than an hour to write (the case documents' 31 GB of content) and the workload never
 * reads them; their subgraphs run on empty stores, as a new deployment's would.
 */
export const BOOKING_STORES = ['pnomis', 'visits'] as const satisfies readonly StoreName[];

/**
 * The same on PostgreSQL: the stores bookings use (BOOKING_STORES) seeded at `scale` once into schemas of their
 * own (the manifest and the tokens' keys in `seededDir`, data/bench/scale-<scale>-postgres), or `seeded`, stores
 * already seeded there (a test's); the run books into a copy of the visits store and audits into a log of its
 * own, both in schemas the run drops at its end.
 */
export async function preparePostgresBenchData(
  scale: number,
  log: (line: string) => void,
  seededDir = `${seededDirFor(scale)}-postgres`,
  seeded: StoreLocations | null = null,
): Promise<BenchData> {
  const started = Date.now();
  const locations = seeded ?? (await seededPostgresStores(scale, seededDir, log, BOOKING_STORES));
  log(
    `Data at scale ${scale} ready on PostgreSQL (${((Date.now() - started) / 1000).toFixed(1)} s)` +
      (seeded
        ? ''
        : `: ${BOOKING_STORES.join(' and ')} seeded, the other stores empty (a booking reads none of them)`),
  );
  const run = await postgresRunStores(locations.visits);
  const runDir = mkdtempSync(join(tmpdir(), 'justice-bench-'));
  return {
    scale,
    seededDir,
    runDir,
    pnomisLocation: locations.pnomis,
    visitsLocation: run.visits,
    auditLocation: run.audit,
    storeVariables: {
      COURTS_MAGISTRATES_DATABASE_URL: locations.magistrates,
      COURTS_CROWN_DATABASE_URL: locations.crown,
      PNOMIS_DATABASE_URL: locations.pnomis,
      CONFISCATION_DATABASE_URL: locations.confiscation,
      NOTIFICATIONS_DATABASE_URL: run.notifications,
    },
    dispose: async () => {
      rmSync(runDir, { recursive: true, force: true });
      await run.drop();
    },
  };
}
