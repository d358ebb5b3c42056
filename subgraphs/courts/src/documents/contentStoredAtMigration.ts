import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

/**
 * PostgreSQL content learns when it was last put, so that the sweep of unreferenced content can spare what an
 * upload in flight is about to record. The database's clock, not the subgraph's: every replica then measures
 * the grace period against the same one. Content already stored counts from the migration, which starts its
 * grace period afresh: nothing is swept before its time. A SQLite store keeps its content as files (their
 * modification time plays this part), so its `document_content` table, never written, is left as it is.
 */
export const contentStoredAtMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`alter table document_content add column stored_at timestamptz not null default clock_timestamp()`.execute(
      db,
    );
    // The sweep looks for old content first; the few young rows are never read for it.
    await sql`create index document_content_stored_at on document_content (stored_at)`.execute(db);
  },
};
