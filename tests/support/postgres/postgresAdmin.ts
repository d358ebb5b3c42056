import { userInfo } from 'node:os';
import { Client } from 'pg';
import { TEST_POSTGRES_URL } from '../storeEngine';

/**
 * Runs `work` on one connection to the tests' PostgreSQL server. A server that cannot be reached fails with an
 * error naming the URL and how to change it: the PostgreSQL tests must fail loudly, never skip.
 */
export async function withPostgresClient<Result>(
  work: (client: Client) => Promise<Result>,
  serverUrl = TEST_POSTGRES_URL,
): Promise<Result> {
  const url = new URL(serverUrl);
  // As psql does: without a user in the URL, the operating-system user (node-postgres would look for $USER).
  if (!url.username && !process.env.PGUSER) url.username = userInfo().username;
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const cause = error instanceof Error ? error.message || error.name : String(error);
    throw new Error(
      `PostgreSQL for the tests is unreachable at ${serverUrl} (set TEST_POSTGRES_URL to change it): ${cause}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A store's URL on the tests' server, its tables kept in `schema`. */
export function schemaUrl(schema: string, serverUrl = TEST_POSTGRES_URL): string {
  const url = new URL(serverUrl);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops every schema whose name starts with `prefix_`, and returns how many there were. */
export async function dropSchemasStartingWith(client: Client, prefix: string): Promise<number> {
  const { rows } = await client.query<{ name: string }>(
    `select nspname as name from pg_namespace where starts_with(nspname, $1)`,
    [`${prefix}_`],
  );
  for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  return rows.length;
}
