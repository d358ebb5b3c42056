import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import { rebuildSqliteTable } from '@lib/store/rebuildSqliteTable';

/** The case_document table as it stands after the change: metadata only, the legacy content column nullable. */
function caseDocumentShape(
  builder: Parameters<Parameters<typeof rebuildSqliteTable>[1]['shape']>[0],
  binary: 'bytea' | 'blob',
) {
  return builder
    .addColumn('document_id', 'varchar(16)', (column) => column.primaryKey())
    .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('kind', 'varchar(30)', (column) => column.notNull())
    .addColumn('title', 'varchar(200)', (column) => column.notNull())
    .addColumn('author', 'varchar(200)', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('media_type', 'varchar(100)', (column) => column.notNull())
    .addColumn('size_bytes', 'integer', (column) => column.notNull())
    .addColumn('sha256', 'varchar(64)', (column) => column.notNull())
    .addColumn('content', binary)
    .addColumn('added_by', 'varchar(200)')
    .addColumn('added_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('served_after_sending', 'integer', (column) => column.notNull().defaultTo(0));
}

async function createContentTables(db: Kysely<unknown>, binary: 'bytea' | 'blob'): Promise<void> {
  // Used when the magistrates' store is on PostgreSQL (files on disk otherwise): bytea chunks in the store's own
  // schema rather than large objects, which live in the database-wide pg_largeobject outside any schema, are
  // neither copied nor dropped with it, and need lo_unlink bookkeeping of their own.
  await db.schema
    .createTable('document_content')
    .addColumn('sha256', 'varchar(64)', (column) => column.primaryKey())
    .addColumn('size_bytes', 'bigint', (column) => column.notNull())
    .addColumn('chunk_count', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('document_content_chunk')
    .addColumn('sha256', 'varchar(64)', (column) => column.notNull())
    .addColumn('chunk_index', 'integer', (column) => column.notNull())
    .addColumn('bytes', binary, (column) => column.notNull())
    .addPrimaryKeyConstraint('document_content_chunk_pk', ['sha256', 'chunk_index'])
    .execute();
}

async function createUploadTickets(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_upload_ticket')
    .addColumn('ticket_hash', 'varchar(64)', (column) => column.primaryKey())
    .addColumn('urn', 'varchar(11)', (column) => column.notNull().references('magistrates_case.urn'))
    .addColumn('kind', 'varchar(30)', (column) => column.notNull())
    .addColumn('title', 'varchar(200)', (column) => column.notNull())
    .addColumn('author', 'varchar(200)', (column) => column.notNull())
    .addColumn('issued_to', 'varchar(300)', (column) => column.notNull())
    .addColumn('issued_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('expires_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('claimed_at', 'varchar(30)')
    .execute();
}

/**
 * Case documents leave the database row: their bytes go to the content-addressed store (files, or chunks on
 * PostgreSQL), the row keeps the metadata with who added it and when, and whether it was served after the case
 * was sent. Content already in rows stays in the (now nullable) legacy column until start-up moves it
 * (documents/legacyContentMove.ts): a migration cannot reach the files.
 */
export const documentStoreMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    const binary = postgres ? 'bytea' : 'blob';
    const index = () =>
      db.schema
        .createIndex('case_document_urn')
        .unique()
        .on('case_document')
        .columns(['urn', 'sequence'])
        .execute();
    if (postgres) {
      await sql`alter table case_document alter column content drop not null`.execute(db);
      await sql`alter table case_document add column added_by varchar(200)`.execute(db);
      await sql`alter table case_document add column added_at varchar(30)`.execute(db);
      await sql`update case_document set added_at = created_at`.execute(db);
      await sql`alter table case_document alter column added_at set not null`.execute(db);
      await sql`alter table case_document add column served_after_sending integer not null default 0`.execute(
        db,
      );
    } else {
      await sql`alter table case_document add column added_at varchar(30)`.execute(db);
      await sql`update case_document set added_at = created_at`.execute(db);
      await rebuildSqliteTable(db, {
        table: 'case_document',
        shape: (builder) => caseDocumentShape(builder, binary),
        columns: [
          'document_id',
          'urn',
          'sequence',
          'kind',
          'title',
          'author',
          'created_at',
          'media_type',
          'size_bytes',
          'sha256',
          'content',
          'added_at',
        ],
        indexes: index,
      });
    }
    await db.schema.createIndex('case_document_sha256').on('case_document').column('sha256').execute();
    await createContentTables(db, binary);
    await createUploadTickets(db);
  },
};
