import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '../store/autoIdColumn';
import { outboxCommitNoticeMigration } from './outboxCommitNotice';

/** An event recorded by a store in the transaction that made the change, waiting to be relayed. */
export interface EventOutboxTable {
  /** The order of recording: the relay hands events on in this order. */
  seq: Generated<number>;
  /** The CloudEvents id (unique): a scan that finds the same fact twice records it once. */
  eventId: string;
  /** The record the event is about (CloudEvents `subject`), for reading the outbox by record. */
  subject: string;
  /** The CloudEvents 1.0 envelope, as JSON. */
  envelope: string;
  recordedAt: string;
  /** When the relay handed it on; null until then. */
  relayedAt: string | null;
}

/**
 * The id of each event a scan announced from a dated fact (due for release, a payment overdue): a scan finds the
 * same fact every time it runs, and this is how it knows the fact was announced. Kept apart from the outbox, whose
 * relayed rows are pruned, and kept as long as the store (a payment stays overdue for years).
 */
export interface EventFactAnnouncedTable {
  eventId: string;
  recordedAt: string;
}

/** Who relays a store's outbox: one relay at a time, so that events leave in the order they were recorded. */
export interface EventRelayLeaseTable {
  outbox: string;
  holder: string;
  expiresAt: string;
}

/** The outbox tables, as every store that records events has them. */
export interface OutboxTables {
  eventOutbox: EventOutboxTable;
  eventRelayLease: EventRelayLeaseTable;
  eventFactAnnounced: EventFactAnnouncedTable;
}

/** The outbox and the relay's lease (SQLite and PostgreSQL). */
const eventOutboxMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await addAutoIdColumn(db, db.schema.createTable('event_outbox'), 'seq')
      .addColumn('event_id', 'varchar(100)', (column) => column.notNull().unique())
      .addColumn('subject', 'varchar(200)', (column) => column.notNull())
      .addColumn('envelope', 'text', (column) => column.notNull())
      .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('relayed_at', 'varchar(30)')
      .execute();
    // The relay reads only what is waiting.
    await db.schema
      .createIndex('event_outbox_waiting')
      .on('event_outbox')
      .column('seq')
      .where(sql<boolean>`relayed_at is null`)
      .execute();
    await db.schema
      .createTable('event_relay_lease')
      .addColumn('outbox', 'varchar(50)', (column) => column.primaryKey())
      .addColumn('holder', 'varchar(100)', (column) => column.notNull())
      .addColumn('expires_at', 'varchar(30)', (column) => column.notNull())
      .execute();
  },
};

/** Where a UUID's version digit is (counted from 1, as substr counts): 5 for eventIdFor's ids, 4 for fresh ones. */
const FACT_ID_VERSION_POSITION = 15;

/**
 * The announced facts' ids, moved out of the outbox so that relayed rows can be pruned: the ids of events already
 * recorded from facts (version-5 UUIDs, eventIdFor; events of state changes have random version-4 ids) are copied
 * over, so that no fact is announced again. An index on relayed_at lets the pruning find old relayed rows.
 */
const eventFactsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('event_fact_announced')
      .addColumn('event_id', 'varchar(100)', (column) => column.primaryKey())
      .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
      .execute();
    await sql`insert into event_fact_announced (event_id, recorded_at)
      select event_id, recorded_at from event_outbox
      where substr(event_id, ${sql.lit(FACT_ID_VERSION_POSITION)}, 1) = '5'`.execute(db);
    await db.schema.createIndex('event_outbox_relayed').on('event_outbox').column('relayed_at').execute();
  },
};

/**
 * The outbox's migrations, the same in every store that records events: spread them into the store's migrations
 * (numbered 900 and on, after every other, so that they apply to stores that already ran theirs).
 */
export const eventOutboxMigrations: Readonly<Record<string, Migration>> = {
  '900_event_outbox': eventOutboxMigration,
  '901_event_facts_announced': eventFactsMigration,
  '902_event_outbox_commit_notice': outboxCommitNoticeMigration,
};
