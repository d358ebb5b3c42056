import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import { startEventRelay, type EventRelay } from '@lib/events/eventRelay';
import { outboxListenerApplicationName } from '@lib/events/outboxCommitListener';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { postgresStoreConnection } from '@lib/store/postgresPool';
import { confiscationMigrations } from '../../subgraphs/confiscation/src/store/confiscationMigrations';
import { dropSchemasStartingWith, schemaUrl, withPostgresClient } from '../support/postgres/postgresAdmin';
import { runTs } from '../audit/support/runTs';
import { eventually } from './support/eventOperations';

// On PostgreSQL the replica holding a store's relay lease hands on what any replica commits, at once: a commit that
// records an event sends a notice the relay listens for (lib/events/outboxCommitNotice.ts, outboxCommitListener.ts).
// The relay here would not look at its outbox by itself for twenty seconds and more, so an event it relays within a
// couple of seconds of its commit was announced to it. PostgreSQL only: a SQLite store is used by one process.

const run = `relay_replicas_${process.pid}_${randomBytes(3).toString('hex')}`;
const schema = `${run}_confiscation`;
const location = schemaUrl(schema);
// A second store on the same server, whose commits must not wake the relay of the first.
const neighbourLocation = schemaUrl(`${run}_visits`);
const LISTENER = outboxListenerApplicationName(schema);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another replica: a connection of its own, outside this process's stores (whose commits wake the relay anyway). */
async function asAnotherReplica<Result>(
  at: string,
  work: (client: Client) => Promise<Result>,
): Promise<Result> {
  const client = new Client({ connectionString: postgresStoreConnection(at).connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const insertEvent = (client: Client, eventId: string) =>
  client.query(
    'insert into event_outbox (event_id, subject, envelope, recorded_at) values ($1, $2, $3, $4)',
    [eventId, `urn:${eventId}`, JSON.stringify({ id: eventId }), new Date().toISOString()],
  );

/** The server processes of the relay's listening connection. */
const listenerBackends = () =>
  withPostgresClient(async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where application_name = $1 and query ilike 'listen%'`,
      [LISTENER],
    );
    return rows.map((row) => row.pid);
  });

describe('a relay woken by the commits of other replicas, on PostgreSQL', () => {
  let store: StoreDatabase<unknown>;
  let relay: EventRelay | null = null;
  const published: { event: CloudEventEnvelope; at: number }[] = [];
  const logged: string[] = [];

  const startRelay = () => {
    relay = startEventRelay({
      outboxes: [{ name: 'confiscation', db: store.db, location }],
      publisher: {
        publish: (events) => {
          published.push(...events.map((event) => ({ event, at: Date.now() })));
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      },
      // Its own looks come twenty seconds after start and then further apart: none falls inside a test's wait.
      intervalMs: 20_000,
      idleIntervalMs: 60_000,
      log: (message) => logged.push(message),
    });
  };

  beforeAll(async () => {
    for (const at of [location, neighbourLocation]) {
      const database = openDatabase(at);
      await migrateToLatest(database.db, confiscationMigrations);
      await database.close();
    }
    // The relay's own connection, as a subgraph's relay has.
    store = openDatabase(location);
    store.statements.recording = true;
  });
  beforeEach(() => {
    published.length = 0;
    logged.length = 0;
  });
  afterEach(async () => {
    await relay?.stop();
    relay = null;
  });
  afterAll(async () => {
    await store?.close();
    await withPostgresClient((client) => dropSchemasStartingWith(client, run));
  });

  it('relays, within a couple of seconds of its commit, an event another replica recorded', async () => {
    startRelay();
    // Time to open its listening connection, far from its first look.
    await pause(1_500);
    const eventId = randomUUID();
    const committedAt = await asAnotherReplica(location, async (client) => {
      await client.query('begin');
      await insertEvent(client, eventId);
      // Not announced before the commit: a relay woken now would find nothing to relay.
      await pause(300);
      expect(published).toHaveLength(0);
      await client.query('commit');
      return Date.now();
    });
    const [relayed] = await eventually(
      () => published,
      (found) => found.length === 1,
      3_000,
    );
    expect(relayed?.event.id).toBe(eventId);
    expect((relayed?.at ?? Infinity) - committedAt).toBeLessThan(2_000);
  });

  it('relays at once an event a replica process records through recordEvent', async () => {
    startRelay();
    await eventually(listenerBackends, (pids) => pids.length === 1, 5_000);
    const eventId = randomUUID();
    const replica = await runTs('tests/events/support/recordInAnotherProcess.ts', [location, eventId]);
    expect(replica).toMatchObject({ code: 0, stderr: '' });
    const committedAt = Number(replica.stdout);
    const [relayed] = await eventually(
      () => published,
      (found) => found.length === 1,
      3_000,
    );
    expect(relayed?.event.id).toBe(eventId);
    expect(relayed?.event.data.identifiers.confiscationAccountNumber).toBe('250000002B');
    expect((relayed?.at ?? Infinity) - committedAt).toBeLessThan(2_000);
  });

  it('is not woken by the commits of another store on the same server', async () => {
    startRelay();
    await eventually(listenerBackends, (pids) => pids.length === 1, 5_000);
    const looksAtOutbox = () =>
      store.statements.recorded.filter((statement) => /^select .* from "event_outbox"/i.test(statement.sql))
        .length;
    const looksBefore = looksAtOutbox();
    await asAnotherReplica(neighbourLocation, (client) => insertEvent(client, randomUUID()));
    await pause(1_000);
    expect(looksAtOutbox()).toBe(looksBefore);
    // While one of its own store wakes it.
    await asAnotherReplica(location, (client) => insertEvent(client, randomUUID()));
    await eventually(looksAtOutbox, (looks) => looks > looksBefore, 2_000);
  });

  it('listens again after its connection is terminated, and is woken again', async () => {
    startRelay();
    const [first] = await eventually(listenerBackends, (pids) => pids.length === 1, 5_000);
    await withPostgresClient((client) => client.query('select pg_terminate_backend($1)', [first]));
    const [second] = await eventually(
      listenerBackends,
      (pids) => pids.length === 1 && pids[0] !== first,
      5_000,
    );
    expect(second).not.toBe(first);
    expect(logged.some((message) => message.includes('listening for outbox commits lost'))).toBe(true);
    const eventId = randomUUID();
    const committedAt = await asAnotherReplica(location, async (client) => {
      await insertEvent(client, eventId);
      return Date.now();
    });
    const [relayed] = await eventually(
      () => published,
      (found) => found.some((entry) => entry.event.id === eventId),
      3_000,
    );
    expect((relayed?.at ?? Infinity) - committedAt).toBeLessThan(2_000);
  });

  it('leaves no listening connection, nor an attempt to listen again, once stopped after losing one', async () => {
    startRelay();
    const [first] = await eventually(listenerBackends, (pids) => pids.length === 1, 5_000);
    await withPostgresClient((client) => client.query('select pg_terminate_backend($1)', [first]));
    await eventually(
      () => logged,
      (messages) => messages.length > 0,
      2_000,
    );
    await relay?.stop();
    relay = null;
    // Nothing of it is left to listen again later.
    await pause(1_000);
    expect(await listenerBackends()).toEqual([]);
  });
});
