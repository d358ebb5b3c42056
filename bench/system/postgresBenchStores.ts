import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { copySchemaRows } from '@lib/store/copySchemaRows';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { seedIfEmpty } from '../../seed/seedStores';
import { STORE_NAMES, STORE_SCHEMAS, type StoreLocations, type StoreName } from '../../seed/storeStreams';

/**
 * The PostgreSQL server a benchmark on PostgreSQL puts its stores on: BENCH_POSTGRES_URL, by default the local
 * server the tests use (trust authentication, database test). Every schema the benchmark makes starts with
 * `bench_`, never with the tests' `jt_`, so a benchmark and a test run side by side never meet.
 */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test';

/** Runs killed before they dropped their schemas are dropped by a later run once this old. */
const ABANDONED_AFTER_MS = 3 * 60 * 60 * 1000;

/** A store's URL on the benchmark's server, its tables in `schema`. */
export function benchSchemaUrl(schema: string): string {
  const url = new URL(BENCH_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** The schema a store URL keeps its tables in. */
function schemaOf(location: string): string {
  const schema = new URL(location).searchParams.get('schema');
  if (!schema) throw new Error(`${location} names no schema`);
  return schema;
}

async function withAdminClient<Result>(work: (client: Client) => Promise<Result>): Promise<Result> {
  const url = new URL(BENCH_POSTGRES_URL);
  // As psql does: without a user in the URL, the operating-system user.
  if (!url.username) url.username = userInfo().username;
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL is unreachable at ${BENCH_POSTGRES_URL} (set BENCH_POSTGRES_URL): ${cause}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The seeded stores of a scale on PostgreSQL, kept between runs like data/bench/scale-<scale> (schemas
 * bench_scale_<scale>_<store>, the manifest in `seededDir`): seeded the first time, reused after. Only `stores`
 * are written (the booking benchmark's, which reads no other); the rest are migrated and left empty.
 */
export async function seededPostgresStores(
  scale: number,
  seededDir: string,
  log: (line: string) => void,
  stores: readonly StoreName[],
): Promise<StoreLocations> {
  const slug = String(scale).replace(/[^0-9]/g, '_');
  const locations = Object.fromEntries(
    STORE_NAMES.map((store) => [store, benchSchemaUrl(`bench_scale_${slug}_${store}`)]),
  ) as StoreLocations;
  await seedIfEmpty({ dataDir: seededDir, scale, parallel: true, log, locations, stores });
  return locations;
}

/** The stores one run writes to on PostgreSQL, in schemas of its own that `drop` removes. */
export interface PostgresRunStores {
  /** A copy of the seeded visits store: the run's bookings never change the seeded data. */
  visits: string;
  /** The gateway's audit log and the notifications store, empty at the start (their services migrate them). */
  audit: string;
  notifications: string;
  drop(): Promise<void>;
}

async function dropSchemasStartingWith(client: Client, prefix: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select nspname as name from pg_namespace where starts_with(nspname, $1)`,
    [prefix],
  );
  for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
}

/** Drops the schemas of runs killed long ago (bench_run_<start time in base 36>_...). */
async function dropAbandonedRuns(client: Client): Promise<void> {
  const { rows } = await client.query<{ run: string }>(
    `select distinct substring(nspname from '^(bench_run_[0-9a-z]+_[0-9a-f]+)_') as run
       from pg_namespace where nspname ~ '^bench_run_[0-9a-z]+_[0-9a-f]+_'`,
  );
  for (const { run } of rows) {
    const started = parseInt(run.split('_')[2] ?? '', 36);
    if (Date.now() - started > ABANDONED_AFTER_MS) await dropSchemasStartingWith(client, `${run}_`);
  }
}

/**
 * Analyses every table of a schema just bulk-loaded, as the seed analyses the tables it writes: otherwise the
 * planner plans the run's queries without statistics until autovacuum comes round (never, where it is off, as on
 * the test server), and at national scale such plans cost the database several times the CPU a booking should.
 */
async function analyzeSchema(client: Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ table: string }>(
    `select table_name as table from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE'`,
    [schema],
  );
  for (const { table } of rows) await client.query(`analyze "${schema}"."${table}"`);
}

/**
 * Makes a run's stores: the seeded visits store copied into a schema of the run's own (migrated by its own
 * migrations, then its rows copied on the server), and empty schemas for the audit log and notifications.
 */
export async function postgresRunStores(seededVisits: string): Promise<PostgresRunStores> {
  const run = `bench_run_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const [visits, audit, notifications] = ['visits', 'audit', 'notifications'].map((store) =>
    benchSchemaUrl(`${run}_${store}`),
  ) as [string, string, string];
  const drop = () => withAdminClient((client) => dropSchemasStartingWith(client, `${run}_`));
  try {
    await withAdminClient(dropAbandonedRuns);
    const database = openDatabase(visits);
    try {
      await migrateToLatest(database.db, STORE_SCHEMAS.visits.migrations);
    } finally {
      await database.close();
    }
    await withAdminClient(async (client) => {
      await copySchemaRows(client, schemaOf(seededVisits), schemaOf(visits));
      await analyzeSchema(client, schemaOf(visits));
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return { visits, audit, notifications, drop };
}

/**
 * The server processes (backends) serving the benchmark's store connections now, known by the application name
 * each store's connections carry (justice-gateway/bench_...): whose CPU is the database's share of a booking.
 */
export function benchBackendPids(): Promise<number[]> {
  return withAdminClient(async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where starts_with(application_name, 'justice-gateway/bench_')`,
    );
    return rows.map((row) => row.pid);
  });
}
