import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * On PostgreSQL, a commit that records an event tells the relays of every process, by NOTIFY on a channel of the
 * store's schema, so that the replica holding the relay's lease hands on at once what another replica committed
 * (rather than at its next idle look). NOTIFY is transactional: the notice goes out only when the transaction
 * commits, and never for one rolled back. A channel per schema keeps stores that share a server from waking each
 * other's relays (NOTIFY does not cross databases anyway).
 */
const CHANNEL_PREFIX = 'event_outbox:';

/** PostgreSQL's longest identifier, in bytes; pg_notify refuses a longer channel and LISTEN would cut it short. */
const LONGEST_CHANNEL = 63;

/** The channel on which commits to the outbox of the store in `schema` are announced. */
export function outboxCommitChannel(schema: string): string {
  return `${CHANNEL_PREFIX}${schema}`.slice(0, LONGEST_CHANNEL);
}

/**
 * A trigger on the outbox rather than a pg_notify in recordEvent's transaction: every insert into the outbox is
 * announced, whichever code makes it (recordEvent in any store's transaction, a scan's recordOnce, an operator's
 * repair), at no extra round trip to the server, and the announcement lives with the table it watches. Row-level,
 * so that an insert that recorded nothing (an id already recorded) announces nothing; the notices of one
 * transaction are one, as PostgreSQL folds identical notices together. The channel is the table's schema's
 * (outboxCommitChannel, spelled here in SQL), read when the trigger fires, so that it follows a renamed schema.
 * SQLite stores are used by one process each, whose own commits wake its relay (outboxSignal.ts): nothing to do.
 */
export const outboxCommitNoticeMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`create or replace function event_outbox_announce_commit() returns trigger language plpgsql as $$
      begin
        perform pg_notify(left(${sql.lit(CHANNEL_PREFIX)} || tg_table_schema, ${sql.lit(LONGEST_CHANNEL)}), '');
        return null;
      end $$`.execute(db);
    await sql`create trigger event_outbox_announce_commit after insert on event_outbox
      for each row execute function event_outbox_announce_commit()`.execute(db);
  },
};
