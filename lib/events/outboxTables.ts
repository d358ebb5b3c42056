import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import { addAutoIdColumn } from '../store/autoIdColumn';

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
}

/**
 * The outbox's migration, the same in every store that records events: add it to the store's migrations as
 * `'900_event_outbox': eventOutboxMigration` (numbered after every other, so that it applies to stores that
 * already ran theirs). Runs on SQLite and PostgreSQL.
 */
export const eventOutboxMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await addAutoIdColumn(db, db.schema.createTable('event_outbox'), 'seq')
      .addColumn('event_id', 'varchar(100)', (column) => column.notNull().unique())
      .addColumn('subject', 'varchar(200)', (column) => column.notNull())
      .addColumn('envelope', 'text', (column) => column.notNull())
      .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
      .addColumn('relayed_at', 'varchar(30)')
      .execute();
    // The relay reads only what is waiting; relayed rows are kept (they are what the system announced).
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
