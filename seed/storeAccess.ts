import { join } from 'node:path';
import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import {
  sqlTableName,
  STORE_NAMES,
  STORE_SCHEMAS,
  type StoreLocations,
  type StoreName,
  type StoreStream,
  type StoreStreams,
} from './storeStreams';
import { writeRowGroups } from './writeStores';

/** The store locations, defaults filled in: `${dataDir}/magistrates.db` and so on. */
export function storeLocations(dataDir: string, overrides: Partial<StoreLocations> = {}): StoreLocations {
  const defaults = Object.fromEntries(
    STORE_NAMES.map((name) => [name, join(dataDir, `${name}.db`)]),
  ) as StoreLocations;
  return { ...defaults, ...overrides };
}

/** Opens a store, brings its schema up to date, runs `work` and closes it, whatever happens. */
async function withStore<Tables, Result>(
  schema: { migrations: Record<string, Migration> },
  location: string,
  work: (store: StoreDatabase<Tables>) => Promise<Result>,
): Promise<Result> {
  const store = openDatabase<Tables>(location);
  try {
    await migrateToLatest(store.db, schema.migrations);
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Migrates every store and tells which are empty (judged by the first table, the parent of the others). */
export async function emptyStores(locations: StoreLocations): Promise<{ name: StoreName; empty: boolean }[]> {
  const states: { name: StoreName; empty: boolean }[] = [];
  for (const name of STORE_NAMES) {
    const schema = STORE_SCHEMAS[name];
    const empty = await withStore<unknown, boolean>(schema, locations[name], async ({ db }) => {
      const { rows } =
        await sql`select 1 from ${sql.table(sqlTableName(schema.tables[0] ?? ''))} limit 1`.execute(db);
      return rows.length === 0;
    });
    states.push({ name, empty });
  }
  return states;
}

/** Migrates a store and writes a stream of rows into it; returns the rows written per table. */
export async function writeStore<Tables>(
  stream: StoreStream<Tables>,
  location: string,
  log: (line: string) => void,
  documentsDir: string,
): Promise<Record<string, number>> {
  return withStore<Tables, Record<string, number>>(stream, location, async ({ db, dialect }) => {
    const started = Date.now();
    const counts = await writeRowGroups(db, stream, dialect, documentsDir);
    // After a bulk load the planner has no statistics until autovacuum comes round (never, where it is off): the
    // tables are analysed now, as after any bulk load, so that the first queries are planned on the rows they read.
    if (dialect === 'postgres') {
      for (const table of stream.tables) await sql`analyze ${sql.table(sqlTableName(table))}`.execute(db);
    }
    const summary = Object.entries(counts)
      .map(([table, count]) => `${table} ${count}`)
      .join(', ');
    log(`${stream.name}: ${summary} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    return counts;
  });
}

/**
 * Writes one store, by name, from a plan's streams; case documents' bytes go to the content store
 * (`documentsDir` for a SQLite magistrates' store).
 */
export async function writeNamedStore(
  streams: StoreStreams,
  name: StoreName,
  location: string,
  log: (line: string) => void,
  documentsDir: string,
): Promise<Record<string, number>> {
  switch (name) {
    case 'magistrates':
      return writeStore(streams.magistrates, location, log, documentsDir);
    case 'crown':
      return writeStore(streams.crown, location, log, documentsDir);
    case 'pnomis':
      return writeStore(streams.pnomis, location, log, documentsDir);
    case 'visits':
      return writeStore(streams.visits, location, log, documentsDir);
    case 'confiscation':
      return writeStore(streams.confiscation, location, log, documentsDir);
  }
}
