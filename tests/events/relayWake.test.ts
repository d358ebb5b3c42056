import SQLite from 'better-sqlite3';
import { Client } from 'pg';
import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import { startEventRelay, type EventRelay } from '@lib/events/eventRelay';
import type { OutboxTables } from '@lib/events/outboxTables';
import { recordEvent, type EventToRecord } from '@lib/events/recordEvent';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { confiscationMigrations } from '../../subgraphs/confiscation/src/store/confiscationMigrations';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { eventually } from './support/eventOperations';

const INTERVAL_MS = 100;
const IDLE_INTERVAL_MS = 1_000;

const paymentReceived = (accountNumber: string): EventToRecord => ({
  type: 'CONFISCATION_PAYMENT_RECEIVED',
  identifiers: { confiscationAccountNumber: accountNumber },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Inserts an event the way another process would: on a connection of its own, outside this process's stores. */
async function recordElsewhere(location: string, eventId: string): Promise<void> {
  const row = [eventId, `urn:${eventId}`, JSON.stringify({ id: eventId }), new Date().toISOString()];
  if (location.startsWith('postgres')) {
    const client = new Client({ connectionString: location });
    await client.connect();
    try {
      await client.query(
        'insert into event_outbox (event_id, subject, envelope, recorded_at) values ($1, $2, $3, $4)',
        row,
      );
    } finally {
      await client.end();
    }
    return;
  }
  const database = new SQLite(location);
  try {
    database
      .prepare('insert into event_outbox (event_id, subject, envelope, recorded_at) values (?, ?, ?, ?)')
      .run(...row);
  } finally {
    database.close();
  }
}

/**
 * The relay wakes when its own process commits an event, and backs off while it finds nothing: an idle relay
 * barely queries its outbox, and an event another process recorded still leaves within the idle interval.
 */
describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('the relay waking and idling on %s', (_engine, databases) => {
  let location: string;
  let store: StoreDatabase<OutboxTables>;
  let relayStore: StoreDatabase<unknown>;
  let relay: EventRelay | null = null;
  const published: { event: CloudEventEnvelope; at: number }[] = [];

  const startRelay = (intervals: { intervalMs: number; idleIntervalMs: number }) => {
    relay = startEventRelay({
      outboxes: [{ name: 'confiscation', db: relayStore.db }],
      publisher: {
        publish: (events) => {
          published.push(...events.map((event) => ({ event, at: Date.now() })));
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      },
      ...intervals,
      log: (message, error) => {
        throw new Error(`${message}: ${String(error)}`);
      },
    });
  };
  const outboxLooks = () =>
    relayStore.statements.recorded.filter((statement) =>
      /^select .* from "event_outbox"/i.test(statement.sql),
    ).length;

  beforeEach(async () => {
    location = await databases.fresh();
    store = openDatabase<OutboxTables>(location);
    await migrateToLatest(store.db, confiscationMigrations);
    // The relay's own connection, as a subgraph's relay has.
    relayStore = openDatabase(location);
    relayStore.statements.recording = true;
    published.length = 0;
  });
  afterEach(async () => {
    await relay?.stop();
    relay = null;
    await relayStore.close();
    await store.close();
  });
  afterAll(() => databases.cleanUp());

  it('relays an event at once when this process commits it, long before its next look', async () => {
    startRelay({ intervalMs: 10_000, idleIntervalMs: 30_000 });
    await pause(200);
    let committedAt = 0;
    await store.db.transaction().execute(async (trx) => {
      await recordEvent(trx, paymentReceived('250000001A'));
      // Not woken before the commit: the relay's look could not see the event yet.
      await pause(300);
      expect(published).toHaveLength(0);
      committedAt = Date.now();
    });
    const [relayed] = await eventually(
      () => published,
      (found) => found.length === 1,
      2_000,
    );
    expect(relayed?.event.data.identifiers.confiscationAccountNumber).toBe('250000001A');
    expect((relayed?.at ?? Infinity) - committedAt).toBeLessThan(1_000);
  });

  it('looks at its outbox far less often while it finds nothing', async () => {
    startRelay({ intervalMs: INTERVAL_MS, idleIntervalMs: IDLE_INTERVAL_MS });
    const watchedMs = 4_000;
    await pause(watchedMs);
    // Looking every interval would be 40 looks; backing off to the idle interval, a handful.
    expect(outboxLooks()).toBeLessThanOrEqual(watchedMs / IDLE_INTERVAL_MS + 4);
    expect(outboxLooks()).toBeGreaterThan(0);
  });

  it('still relays, within the idle interval, an event another process recorded', async () => {
    startRelay({ intervalMs: INTERVAL_MS, idleIntervalMs: IDLE_INTERVAL_MS });
    // Long enough to be looking at the idle interval (doubling without a ceiling, the next look would be at 6.3 s).
    await pause(4_000);
    const recordedAt = Date.now();
    await recordElsewhere(location, '0b5c7a0e-1d7b-4a51-9b46-6a8d0c6c2f11');
    const [relayed] = await eventually(
      () => published,
      (found) => found.length === 1,
      IDLE_INTERVAL_MS + 1_000,
    );
    expect(relayed?.event.id).toBe('0b5c7a0e-1d7b-4a51-9b46-6a8d0c6c2f11');
    expect((relayed?.at ?? Infinity) - recordedAt).toBeLessThanOrEqual(IDLE_INTERVAL_MS + 200);
  });

  it('resets to its fast interval once a look relays something', async () => {
    startRelay({ intervalMs: INTERVAL_MS, idleIntervalMs: IDLE_INTERVAL_MS });
    await pause(2_500);
    await recordElsewhere(location, '5d0c2a7e-8f3b-4c1d-9a2e-7b6f5e4d3c21');
    await eventually(
      () => published,
      (found) => found.length === 1,
      IDLE_INTERVAL_MS + 1_000,
    );
    const looksBefore = outboxLooks();
    await pause(INTERVAL_MS * 3 + 50);
    // Backed off it would not look again for a second; reset, it looks at 100, 200 and 400 ms after.
    expect(outboxLooks() - looksBefore).toBeGreaterThanOrEqual(2);
  });
});
