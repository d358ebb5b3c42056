import type { Kysely, Migration } from 'kysely';
import { addAutoIdColumn } from '@lib/store/autoIdColumn';

/** Notifications store migrations, applied in name order at start-up. */
export const notificationsMigrations: Record<string, Migration> = {
  '001_event_log_and_webhooks': {
    async up(db: Kysely<unknown>) {
      await addAutoIdColumn(db, db.schema.createTable('event_log'), 'seq')
        .addColumn('event_id', 'varchar(100)', (column) => column.notNull().unique())
        .addColumn('event_type', 'varchar(60)', (column) => column.notNull())
        .addColumn('subject', 'varchar(200)', (column) => column.notNull())
        .addColumn('time', 'varchar(30)', (column) => column.notNull())
        .addColumn('pnc_id', 'varchar(20)')
        .addColumn('prison_number', 'varchar(7)')
        .addColumn('establishment_code', 'varchar(3)')
        .addColumn('envelope', 'text', (column) => column.notNull())
        .addColumn('received_at', 'varchar(30)', (column) => column.notNull())
        .execute();
      // The caseworker's page asks for one person's latest events.
      await db.schema.createIndex('event_log_pnc_id').on('event_log').columns(['pnc_id', 'seq']).execute();
      await db.schema
        .createIndex('event_log_prison_number')
        .on('event_log')
        .columns(['prison_number', 'seq'])
        .execute();
      await db.schema
        .createTable('webhook')
        .addColumn('webhook_id', 'varchar(36)', (column) => column.primaryKey())
        .addColumn('agency', 'varchar(100)', (column) => column.notNull())
        .addColumn('created_by', 'varchar(256)', (column) => column.notNull())
        .addColumn('url', 'varchar(2000)', (column) => column.notNull())
        .addColumn('description', 'varchar(200)')
        .addColumn('types', 'text', (column) => column.notNull())
        .addColumn('caseload', 'text')
        .addColumn('secret', 'varchar(100)', (column) => column.notNull())
        .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('state', 'varchar(10)', (column) => column.notNull())
        .addColumn('cursor', 'integer', (column) => column.notNull())
        .addColumn('delivered_count', 'integer', (column) => column.notNull())
        .addColumn('last_delivered_at', 'varchar(30)')
        .addColumn('failing_since', 'varchar(30)')
        .addColumn('last_error', 'varchar(300)')
        .addColumn('consecutive_failures', 'integer', (column) => column.notNull())
        .addColumn('next_attempt_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('claimed_until', 'varchar(30)')
        .execute();
      await db.schema.createIndex('webhook_agency').on('webhook').column('agency').execute();
    },
  },
  '002_event_stream_sequence': {
    // Where an event sits in the JetStream stream (with EVENTS_NATS_URL set): a webhook's consumer on the stream
    // starts after a log cursor by starting at the stream sequence of the first event logged after it.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('event_log').addColumn('stream_seq', 'bigint').execute();
    },
  },
  '003_webhook_delivered_stream_sequence': {
    // What a webhook's consumer delivered last, as the stream sequence it always knows: the event's place in the
    // log is read from the log when the webhook is (the log's intake may not have reached the event yet). The
    // index finds that place from the sequence.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('webhook').addColumn('delivered_stream_seq', 'bigint').execute();
      await db.schema.createIndex('event_log_stream_seq').on('event_log').column('stream_seq').execute();
    },
  },
};
