import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { buildManifest } from './buildManifest';
import { planJustice } from './planJustice';
import type { SeedManifest } from './seedManifest';
import { DEFAULT_GENERATE_OPTIONS, type GenerateOptions } from './seedOptions';
import {
  sqlTableName,
  STORE_NAMES,
  STORE_SCHEMAS,
  type StoreLocations,
  type StoreName,
  type StoreStream,
  storeStreams,
} from './storeStreams';
import { writeRowGroups } from './writeStores';

/** Where and what to seed. Options left out take the defaults (scale 0.01, seed 42, as of 2026-11-01). */
export interface SeedStoresOptions extends Partial<GenerateOptions> {
  /** The folder of the manifest and, by default, of the SQLite stores. */
  dataDir: string;
  /** Store locations (SQLite paths or postgres:// URLs); by default `${dataDir}/<store>.db`. */
  locations?: Partial<StoreLocations>;
  /** Progress lines (one per store written); silent by default. */
  log?: (line: string) => void;
}

/** The store locations, defaults filled in: `${dataDir}/magistrates.db` and so on. */
export function storeLocations(dataDir: string, overrides: Partial<StoreLocations> = {}): StoreLocations {
  const defaults = Object.fromEntries(
    STORE_NAMES.map((name) => [name, join(dataDir, `${name}.db`)]),
  ) as StoreLocations;
  return { ...defaults, ...overrides };
}

/** Where the manifest of a data folder is written. */
export function manifestPath(dataDir: string): string {
  return join(dataDir, 'manifest.json');
}

async function withStore<Tables, Result>(
  stream: { migrations: Record<string, Migration> },
  location: string,
  work: (store: ReturnType<typeof openDatabase<Tables>>) => Promise<Result>,
): Promise<Result> {
  const store = openDatabase<Tables>(location);
  try {
    await migrateToLatest(store.db, stream.migrations);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Migrates a store and tells whether its first table (the parent of the others) has no rows. */
async function isEmpty(
  schema: { migrations: Record<string, Migration>; tables: readonly string[] },
  location: string,
): Promise<boolean> {
  return withStore<unknown, boolean>(schema, location, async ({ db }) => {
    const table = sqlTableName(schema.tables[0] ?? '');
    const { rows } = await sql`select 1 from ${sql.table(table)} limit 1`.execute(db);
    return rows.length === 0;
  });
}

async function seedStore<Tables>(stream: StoreStream<Tables>, location: string, log: (line: string) => void) {
  return withStore<Tables, Record<string, number>>(stream, location, async ({ db, dialect }) => {
    const started = Date.now();
    const counts = await writeRowGroups(db, stream, dialect);
    const summary = Object.entries(counts)
      .map(([table, count]) => `${table} ${count}`)
      .join(', ');
    log(`${stream.name}: ${summary} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    return counts;
  });
}

/**
 * Generates the data set and writes it into the stores (migrated first, and expected to be empty), one
 * transaction per store, then writes the manifest to `${dataDir}/manifest.json` and returns it.
 */
export async function seedStores(options: SeedStoresOptions): Promise<SeedManifest> {
  const log = options.log ?? (() => undefined);
  const locations = storeLocations(options.dataDir, options.locations);
  const plan = planJustice({ ...DEFAULT_GENERATE_OPTIONS, ...withoutUndefined(options) });
  const streams = storeStreams(plan);
  const full = (await storeStates(locations)).filter((state) => !state.empty).map((state) => state.name);
  if (full.length > 0) throw new Error(`Refusing to seed: stores already hold data (${full.join(', ')})`);
  const counts = {
    ...(await seedStore(streams.magistrates, locations.magistrates, log)),
    ...(await seedStore(streams.crown, locations.crown, log)),
    ...(await seedStore(streams.pnomis, locations.pnomis, log)),
    ...(await seedStore(streams.visits, locations.visits, log)),
    ...(await seedStore(streams.confiscation, locations.confiscation, log)),
  };
  const manifest = buildManifest(plan, counts);
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(manifestPath(options.dataDir), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function withoutUndefined(options: Partial<GenerateOptions>): Partial<GenerateOptions> {
  const { scale, seed, asOf, faultRate } = options;
  return Object.fromEntries(
    Object.entries({ scale, seed, asOf, faultRate }).filter(([, value]) => value !== undefined),
  );
}

/** Migrates every store and tells which are empty. */
async function storeStates(locations: StoreLocations): Promise<{ name: StoreName; empty: boolean }[]> {
  const states: { name: StoreName; empty: boolean }[] = [];
  for (const name of STORE_NAMES)
    states.push({ name, empty: await isEmpty(STORE_SCHEMAS[name], locations[name]) });
  return states;
}

/**
 * Seeds the stores unless they already hold data: migrates each store; when all are empty, generates and writes
 * the data set and its manifest; when all hold data, reuses them and returns the manifest written when they
 * were seeded. A mix of empty and filled stores (an interrupted seeding) is an error: reseed with --force.
 */
export async function seedIfEmpty(options: SeedStoresOptions): Promise<SeedManifest> {
  const locations = storeLocations(options.dataDir, options.locations);
  const states = await storeStates(locations);
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
