import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { waitForStore } from '@lib/store/waitForStore';
import { dropSchemasStartingWith, schemaUrl, withPostgresClient } from '../support/postgres/postgresAdmin';
import { TEST_POSTGRES_URL } from '../support/storeEngine';
import { startTcpProxy } from '../support/tcpProxy';

/**
 * A service that starts before its database accepts connections (the whole system started at once, a database
 * restarting, a machine loaded past the pool's connection timeout) waits for it and then migrates, instead of
 * dying at start; a store that is wrongly configured still fails at once, with the server's own reason.
 */
const run = `wait${Date.now().toString(36)}`;
const oneTable: Record<string, Migration> = {
  '001_probe': {
    up: (db) =>
      db.schema
        .createTable('probe')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .execute(),
  },
};

afterAll(() => withPostgresClient((client) => dropSchemasStartingWith(client, run)));

it('migrates a store whose server comes back while the service is starting', async () => {
  const server = new URL(TEST_POSTGRES_URL);
  const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  await proxy.cut();
  const throughProxy = new URL(schemaUrl(`${run}_back`));
  throughProxy.port = String(proxy.port);
  const store = openDatabase<{ probe: { id: number } }>(throughProxy.toString());
  try {
    const startedAt = Date.now();
    const migrating = migrateToLatest(store.db, oneTable);
    setTimeout(() => void proxy.restore(), 800);
    await migrating;
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(800);
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from probe`.execute(store.db);
    expect(rows).toEqual([{ count: 0 }]);
  } finally {
    await store.close();
    await proxy.close();
  }
});

it('gives up on an unreachable store once the wait is over, with the connection error', async () => {
  const server = new URL(TEST_POSTGRES_URL);
  const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  await proxy.cut();
  const throughProxy = new URL(schemaUrl(`${run}_gone`));
  throughProxy.port = String(proxy.port);
  const store = openDatabase(throughProxy.toString());
  try {
    const startedAt = Date.now();
    await expect(waitForStore(store.db, 600)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  } finally {
    await store.close();
    await proxy.close();
  }
});

it('fails at once when the store is misconfigured rather than unavailable', async () => {
  const missing = new URL(TEST_POSTGRES_URL);
  missing.pathname = `/${run}_no_such_database`;
  const store = openDatabase(missing.toString());
  try {
    const startedAt = Date.now();
    await expect(waitForStore(store.db)).rejects.toMatchObject({ code: '3D000' });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  } finally {
    await store.close();
  }
});
