import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Where the audit log lives for one test: a fresh location on one engine each time it is called, and a clean-up
 * that removes every location it handed out.
 */
export interface AuditTestDatabases {
  engine: 'SQLite' | 'PostgreSQL';
  fresh(): Promise<string>;
  cleanUp(): Promise<void>;
}

/** A new SQLite file in a temporary folder per test. */
export function sqliteTestDatabases(): AuditTestDatabases {
  const folders: string[] = [];
  return {
    engine: 'SQLite',
    fresh: () => {
      const folder = mkdtempSync(join(tmpdir(), 'justice-gateway-audit-'));
      folders.push(folder);
      return Promise.resolve(join(folder, 'audit.db'));
    },
    cleanUp: () => {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/**
 * The PostgreSQL server the tests run against (AUDIT_TEST_POSTGRES_URL, default postgres://127.0.0.1:5432/test).
 * When neither the URL nor PGUSER names a user, the operating system's user name is used, as libpq does:
 * node-postgres would otherwise fall back to $USER, which is unset in some containers and CI runners.
 */
export function postgresTestUrl(env: Record<string, string | undefined> = process.env): string {
  const url = new URL(env.AUDIT_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test');
  if (!url.username && !env.PGUSER && !env.USER) url.username = userInfo().username;
  return url.toString();
}

/**
 * A new schema per test on the PostgreSQL server, reached through a URL whose search_path points at it, so that
 * test runs (and the tests within one) never see each other's tables. An unreachable server fails the test.
 */
export function postgresTestDatabases(): AuditTestDatabases {
  const serverUrl = postgresTestUrl();
  const schemas: string[] = [];
  const run = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw new Error(`PostgreSQL at ${serverUrl} is unreachable: ${cause}`);
    }
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    engine: 'PostgreSQL',
    fresh: async () => {
      const schema = `audit_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await run(`create schema ${schema}`);
      schemas.push(schema);
      const url = new URL(serverUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    cleanUp: async () => {
      for (const schema of schemas.splice(0)) await run(`drop schema ${schema} cascade`);
    },
  };
}
