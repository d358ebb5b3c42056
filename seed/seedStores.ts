import { buildPnomis } from '../subgraphs/pnomis/src/buildPnomis';
import { seedLearningHistories } from './learning/learningHistories';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { documentsDirOf } from '../subgraphs/courts/src/documents/documentSettings';
import { buildManifest } from './buildManifest';
import { manifestPath } from './manifestLocation';
import { planJustice } from './planJustice';
import type { SeedManifest } from './seedManifest';
import { DEFAULT_GENERATE_OPTIONS, type GenerateOptions } from './seedOptions';
import { emptyStores, storeLocations, writeNamedStore } from './storeAccess';
import {
  sqlTableName,
  STORE_NAMES,
  STORE_SCHEMAS,
  type StoreLocations,
  type StoreName,
  storeStreams,
} from './storeStreams';
import type { StoreWorkerData, StoreWorkerMessage } from './storeWorker';
import { projectPath } from '@lib/config/projectRoot';

export { storeLocations };

/** Where and what to seed. Options left out take the defaults (scale 0.01, seed 42, as of 2026-11-01). */
export interface SeedStoresOptions extends Partial<GenerateOptions> {
  /** The folder of the manifest and, by default, of the SQLite stores. */
  dataDir: string;
  /** Store locations (SQLite paths or postgres:// URLs); by default `${dataDir}/<store>.db`. */
  locations?: Partial<StoreLocations>;
  /** Progress lines (one per store written); silent by default. */
  log?: (line: string) => void;
  /**
   * Write the magistrates' store (half the rows) in a worker thread while this thread writes the others: about
   * twice as fast on two cores. Needs a TypeScript-aware runtime in the worker (tsx); off by default.
   */
  parallel?: boolean;
  /**
   * The stores written: all by default. A benchmark that reads some stores only (bookings read P-Nomis and visits)
   * seeds just those at national scale, rather than spend an hour writing 7.7 million case documents it never
   * reads; the others are migrated and left empty, and the manifest names the stores written.
   */
  stores?: readonly StoreName[];
}

export { manifestPath } from './manifestLocation';

/** The stores a seeding writes, in store order. */
function storesWritten(options: SeedStoresOptions): StoreName[] {
  const chosen = options.stores ?? STORE_NAMES;
  return STORE_NAMES.filter((name) => chosen.includes(name));
}

function generateOptions(options: SeedStoresOptions): Required<GenerateOptions> {
  const { scale, seed, asOf, faultRate } = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  return { scale, seed, asOf, faultRate };
}

/** Writes stores in a worker thread; resolves with their counts once it has finished. */
function writeInWorker(data: StoreWorkerData, log: (line: string) => void): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const counts: Record<string, number> = {};
    // Worker threads do not inherit tsx's hooks: the worker registers tsx's CommonJS hook, then loads the entry.
    const entry = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(projectPath('seed/storeWorker.ts'))});`;
    const worker = new Worker(entry, { eval: true, workerData: data });
    worker.on('message', (message: StoreWorkerMessage) => {
      if ('log' in message) log(message.log);
      else Object.assign(counts, message.counts);
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve(counts) : reject(new Error(`Store worker exited with ${code}`)),
    );
  });
}

/**
 * Generates the data set and writes it into the stores (migrated first, and required to be empty), one
 * transaction per store, then writes the manifest to `${dataDir}/manifest.json` and returns it.
 */
export async function seedStores(options: SeedStoresOptions): Promise<SeedManifest> {
  const log = options.log ?? (() => undefined);
  const locations = storeLocations(options.dataDir, options.locations);
  const written = storesWritten(options);
  const full = (await emptyStores(locations))
    .filter((state) => written.includes(state.name) && !state.empty)
    .map((state) => state.name);
  if (full.length > 0) throw new Error(`Refusing to seed: stores already hold data (${full.join(', ')})`);
  const generate = generateOptions(options);
  const inWorker: StoreName[] = options.parallel && written.includes('magistrates') ? ['magistrates'] : [];
  const documentsDir = documentsDirOf(options.dataDir);
  const working =
    inWorker.length > 0
      ? writeInWorker({ options: generate, stores: inWorker, locations, documentsDir }, log)
      : undefined;
  // Planning after the worker has started lets the two threads plan side by side.
  const plan = planJustice(generate);
  const streams = storeStreams(plan);
  const counts: Record<string, number> = {};
  for (const name of written.filter((store) => !inWorker.includes(store))) {
    Object.assign(counts, await writeNamedStore(streams, name, locations[name], log, documentsDir));
  }
  Object.assign(counts, await working);
  if (written.includes('pnomis'))
    Object.assign(counts, await writeLearningHistories(locations.pnomis, generate.seed, generate.asOf));
  // The worker's counts arrive last; the manifest lists tables in store order whoever wrote them.
  const ordered = Object.fromEntries(
    written.flatMap((name) =>
      STORE_SCHEMAS[name].tables.map((table) => [sqlTableName(table), counts[sqlTableName(table)] ?? 0]),
    ),
  );
  const manifest = buildManifest(plan, ordered);
  if (written.length < STORE_NAMES.length) manifest.storesWritten = [...written];
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(manifestPath(options.dataDir), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Adds education histories to the P-Nomis store, after it is written: its learning tables are migrated by the
 * P-Nomis composition root, which owns them.
 */
async function writeLearningHistories(location: string, seed: number, asOf: string) {
  const pnomis = await buildPnomis(location);
  try {
    return { learning_records: await seedLearningHistories(pnomis.database.db, seed, asOf) };
  } finally {
    await pnomis.close();
  }
}

/**
 * Seeds the stores unless they already hold data: migrates each store; when all are empty, generates and writes
 * the data set and its manifest; when all hold data, reuses them and returns the manifest written when they
 * were seeded. A mix of empty and filled stores (an interrupted seeding) is an error: reseed with --force.
 */
export async function seedIfEmpty(options: SeedStoresOptions): Promise<SeedManifest> {
  const locations = storeLocations(options.dataDir, options.locations);
  const written = storesWritten(options);
  const states = (await emptyStores(locations)).filter((state) => written.includes(state.name));
  if (states.every((state) => state.empty)) return seedStores(options);
  const empty = states.filter((state) => state.empty).map((state) => state.name);
  if (empty.length > 0) {
    throw new Error(
      `Stores are partly seeded (empty: ${empty.join(', ')}); reseed with npm run seed -- --force`,
    );
  }
  const path = manifestPath(options.dataDir);
  if (!existsSync(path))
    throw new Error(`Stores hold data but ${path} is missing; reseed with npm run seed -- --force`);
  options.log?.(`Reusing the seeded stores described by ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as SeedManifest;
}
