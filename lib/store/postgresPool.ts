import { userInfo } from 'node:os';
import { Pool, types } from 'pg';

// Amounts in pence are BIGINT columns; they stay well inside Number's exact range, so read them as numbers
// (pg hands them out as strings by default).
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The application name a store's connections carry in PostgreSQL's pg_stat_activity. */
export function storeApplicationName(schema: string | null): string {
  return `justice-gateway/${schema ?? 'public'}`;
}

/** How to reach a store at a postgres:// URL: the connection string node-postgres takes, and the store's schema. */
export interface PostgresStoreConnection {
  connectionString: string;
  /** The schema named by the URL's `schema` parameter; null for the server's default search path. */
  schema: string | null;
}

/**
 * The connection string for a postgres:// URL. Without a user in the URL, the operating-system user is used, as
 * psql does (node-postgres would otherwise look for $USER, which services often lack). A `schema` parameter
 * (postgres://host/db?schema=visits) keeps a store's tables in a schema of its own, so that several stores, or
 * several test runs, can share one database.
 */
export function postgresStoreConnection(location: string): PostgresStoreConnection {
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (!url.username) url.username = userInfo().username;
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new Error(`The schema in ${location} must be a lower-case SQL name, got "${schema}"`);
  }
  // The search path is part of the connection's start-up, so no statement can ever run outside the schema.
  if (schema) url.searchParams.set('options', `-c search_path=${schema}`);
  return { connectionString: url.toString(), schema };
}

/**
 * A connection pool for a postgres:// URL (see postgresStoreConnection); a schema the URL names is created when
 * missing.
 */
export function createPostgresPool(location: string, max = 10): Pool {
  const { connectionString, schema } = postgresStoreConnection(location);
  const pool = new Pool({
    connectionString,
    max,
    // A server that is gone fails a request within the gateway's subgraph timeout rather than hanging it, and a
    // connection cut without a word (a dead peer, a dropped route) is noticed by TCP keep-alive.
    connectionTimeoutMillis: 2000,
    keepAlive: true,
    // Idle connections do not keep a process alive by themselves: a script or a test process that is done exits,
    // without waiting for the idle timeout (a service is kept alive by its HTTP server anyway).
    allowExitOnIdle: true,
    // Names the store's connections in pg_stat_activity, so an operator (or a test) can tell whose they are.
    application_name: storeApplicationName(schema),
  });
  // A connection that breaks while idle in the pool (the server restarted, an administrator terminated it) is
  // reported here and dropped by the pool, which opens a fresh one for the next statement: the store recovers by
  // itself. Without a listener, Node would treat the event as an uncaught error and end the subgraph.
  pool.on('error', (error) => {
    console.warn(`store connection lost (${storeApplicationName(schema)}): ${error.message}`);
  });
  pool.on('connect', (client) => {
    // A connection that breaks while checked out but with no statement running (between a transaction's
    // statements, say) emits on the client, which the pool does not listen to then: without this, the process
    // would end (seen when the store-recovery test terminated the confiscation store's connections). The holder's next statement fails, and the pool drops
    // the broken connection when it is released.
    client.on('error', (error) => {
      console.warn(`store connection lost in use (${storeApplicationName(schema)}): ${error.message}`);
    });
  });
  if (schema) {
    pool.on('connect', (client) => {
      // Runs before anything the pool's user sends on this connection. Two connections opening a new store at
      // once race to create its schema and one loses with a unique violation although the schema now exists, so
      // a failure is let go: a schema that really could not be created fails the store's own statements next.
      client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(() => undefined);
    });
  }
  return pool;
}
