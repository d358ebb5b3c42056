import { type Kysely, type Migration, sql } from 'kysely';
import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import { readEventsConfig } from '@lib/events/eventsConfig';
import { startEventRelay, type EventRelay } from '@lib/events/eventRelay';
import type { OutboxTables } from '@lib/events/outboxTables';
import { eventIdFor, recordEvent, type EventToRecord } from '@lib/events/recordEvent';
import { recordOnce } from '@lib/events/recordOnce';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { confiscationMigrations } from '../../subgraphs/confiscation/src/store/confiscationMigrations';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';

const HOUR_MS = 3_600_000;

/** A payment-overdue fact, as the confiscation store's scan announces it. */
function overdue(accountNumber: string): EventToRecord & { id: string } {
  return {
    type: 'CONFISCATION_PAYMENT_OVERDUE',
    identifiers: { confiscationAccountNumber: accountNumber },
    id: eventIdFor(`payment-overdue:${accountNumber}:2026-01-31`),
  };
}

/** A state change's event, with a fresh (version-4) id. */
const paymentReceived = (accountNumber: string): EventToRecord => ({
  type: 'CONFISCATION_PAYMENT_RECEIVED',
  identifiers: { confiscationAccountNumber: accountNumber },
});

/** A relay whose publisher keeps what it was given, once `accepting` resolves (at once unless told). */
function relayInto(
  db: Kysely<unknown>,
  published: CloudEventEnvelope[],
  accepting: () => Promise<void> = () => Promise.resolve(),
): EventRelay {
  return startEventRelay({
    outboxes: [{ name: 'confiscation', db }],
    publisher: {
      publish: async (events) => {
        await accepting();
        published.push(...events);
      },
      close: () => Promise.resolve(),
    },
    intervalMs: 60_000,
    keepRelayedMs: 24 * HOUR_MS,
    log: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });
}

const outboxRows = (db: Kysely<OutboxTables>) =>
  db.selectFrom('eventOutbox').select(['eventId', 'relayedAt']).orderBy('seq').execute();

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('pruning relayed events on %s', (_engine, databases) => {
  let store: StoreDatabase<OutboxTables>;
  let relay: EventRelay | null = null;

  beforeEach(async () => {
    store = openDatabase<OutboxTables>(await databases.fresh());
  });
  afterEach(async () => {
    await relay?.stop();
    relay = null;
    await store.close();
  });
  afterAll(() => databases.cleanUp());

  it('deletes only events relayed longer ago than kept, never one waiting', async () => {
    await migrateToLatest(store.db, confiscationMigrations);
    for (const account of ['250000001A', '250000002B']) await recordEvent(store.db, paymentReceived(account));
    const published: CloudEventEnvelope[] = [];
    let accepting = Promise.resolve();
    relay = relayInto(store.db as Kysely<unknown>, published, () => accepting);
    expect(await relay.relayNow()).toBe(2);
    // Recorded after the relay ran, while the publisher takes nothing (the commit wakes the relay, which holds the
    // event unmarked): waiting, however old the pruning's "now".
    let accept = () => {};
    accepting = new Promise((resolve) => {
      accept = resolve;
    });
    await recordEvent(store.db, paymentReceived('250000003C'));

    expect(await relay.pruneNow(new Date(Date.now() + 23 * HOUR_MS))).toBe(0);
    expect(await relay.pruneNow(new Date(Date.now() + 25 * HOUR_MS))).toBe(2);
    const left = await outboxRows(store.db);
    expect(left).toHaveLength(1);
    expect(left[0]!.relayedAt).toBeNull();
    accept();
    await relay.relayNow();
    expect(published.map((event) => event.data.identifiers.confiscationAccountNumber)).toEqual([
      '250000001A',
      '250000002B',
      '250000003C',
    ]);
  });

  it('announces a fact once even after its relayed event was pruned', async () => {
    await migrateToLatest(store.db, confiscationMigrations);
    const published: CloudEventEnvelope[] = [];
    relay = relayInto(store.db as Kysely<unknown>, published);
    expect(await recordOnce(store.db as Kysely<unknown>, [overdue('250000001A')])).toBe(1);
    await relay.relayNow();
    expect(await relay.pruneNow(new Date(Date.now() + 25 * HOUR_MS))).toBe(1);
    expect(await outboxRows(store.db)).toEqual([]);

    // The scan finds the same fact again, with a new one beside it: only the new one is recorded.
    expect(
      await recordOnce(store.db as Kysely<unknown>, [overdue('250000001A'), overdue('250000002B')]),
    ).toBe(1);
    await relay.relayNow();
    expect(published.map((event) => event.id)).toEqual([overdue('250000001A').id, overdue('250000002B').id]);
  });

  it('carries the facts announced before the change over, and not the state changes’ ids', async () => {
    const before: Record<string, Migration> = Object.fromEntries(
      Object.entries(confiscationMigrations).filter(([name]) => name < '901'),
    );
    await migrateToLatest(store.db, before);
    const change = paymentReceived('250000009Z');
    await sql`insert into event_outbox (event_id, subject, envelope, recorded_at, relayed_at) values
      (${overdue('250000001A').id}, 'x', '{}', '2026-01-31T00:00:00.000Z', '2026-01-31T00:00:01.000Z'),
      ('6f9619ff-8b86-4011-b42d-00c04fc964ff', 'x', '{}', '2026-01-31T00:00:00.000Z', null)`.execute(
      store.db,
    );

    await migrateToLatest(store.db, confiscationMigrations);

    const facts = await store.db.selectFrom('eventFactAnnounced').select('eventId').execute();
    expect(facts).toEqual([{ eventId: overdue('250000001A').id }]);
    expect(await recordOnce(store.db as Kysely<unknown>, [overdue('250000001A')])).toBe(0);
    expect(await recordEvent(store.db, change)).toBe(true);
  });
});

describe('how long relayed events are kept', () => {
  const config = (hours?: string) =>
    readEventsConfig(
      { EVENTS_RELAY_SECRET: 'whsec_dGVzdA==', EVENTS_OUTBOX_KEEP_HOURS: hours },
      '/nonexistent',
    );

  it('keeps them a week unless told, and for ever when told 0', () => {
    expect(config().keepRelayedMs).toBe(168 * HOUR_MS);
    expect(config('2').keepRelayedMs).toBe(2 * HOUR_MS);
    expect(config('0').keepRelayedMs).toBeNull();
  });

  it('refuses a setting that is not a number of hours', () => {
    expect(() => config('-1')).toThrow(/EVENTS_OUTBOX_KEEP_HOURS/);
    expect(() => config('a week')).toThrow(/EVENTS_OUTBOX_KEEP_HOURS/);
  });
});
