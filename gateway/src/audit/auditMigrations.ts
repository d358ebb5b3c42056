import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { GENESIS_HASH } from './auditHash';

/**
 * The type of a column holding a record's sequence: on SQLite, INTEGER (the record's own INTEGER PRIMARY KEY is its
 * rowid: unique, no second index); on PostgreSQL a bigint, which leaves room for decades of consultations.
 */
function sequenceColumnType(db: Kysely<unknown>): 'bigint' | 'integer' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'bigint' : 'integer';
}

/** Audit log migrations, applied in name order at start-up. */
export const auditMigrations: Record<string, Migration> = {
  '001_audit_log': {
    async up(db: Kysely<unknown>) {
      const sequenceType = sequenceColumnType(db);
      await db.schema
        .createTable('audit_record')
        .addColumn('sequence', sequenceType, (column) => column.primaryKey())
        .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('request_id', 'text', (column) => column.notNull())
        .addColumn('subject', 'text')
        .addColumn('agency', 'text')
        .addColumn('purpose', 'text')
        .addColumn('operation_name', 'text')
        .addColumn('operation_hash', 'varchar(64)', (column) => column.notNull())
        .addColumn('subgraphs', 'text', (column) => column.notNull())
        .addColumn('fields', 'text', (column) => column.notNull())
        .addColumn('denied', 'text', (column) => column.notNull())
        .addColumn('outcome', 'varchar(8)', (column) => column.notNull())
        .addColumn('previous_hash', 'varchar(64)', (column) => column.notNull())
        .addColumn('hash', 'varchar(64)', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('audit_offender')
        .addColumn('sequence', sequenceType, (column) => column.notNull().references('audit_record.sequence'))
        .addColumn('ordinal', 'integer', (column) => column.notNull())
        .addColumn('identifier', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('audit_offender_pk', ['sequence', 'ordinal'])
        .execute();
      // Serves "who consulted this offender", newest first, without scanning the log.
      await db.schema
        .createIndex('audit_offender_identifier')
        .on('audit_offender')
        .columns(['identifier', 'sequence'])
        .execute();
      await db.schema
        .createTable('audit_chain_head')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('last_sequence', sequenceType, (column) => column.notNull())
        .addColumn('last_hash', 'varchar(64)', (column) => column.notNull())
        .execute();
      // The head exists from the start, so that appends only ever lock and update it (never race to insert it).
      await sql`insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, ${GENESIS_HASH})`.execute(
        db,
      );
    },
  },
  '002_audit_checkpoint': {
    async up(db: Kysely<unknown>) {
      const sequenceType = sequenceColumnType(db);
      // Keyed by the sequence vouched for: at most one checkpoint per chain position, read in order when verifying.
      await db.schema
        .createTable('audit_checkpoint')
        .addColumn('sequence', sequenceType, (column) => column.primaryKey())
        .addColumn('previous_sequence', sequenceType)
        .addColumn('head_hash', 'varchar(64)', (column) => column.notNull())
        .addColumn('recorded_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('every_records', 'integer', (column) => column.notNull())
        .addColumn('key_id', 'varchar(64)', (column) => column.notNull())
        .addColumn('mac', 'varchar(64)', (column) => column.notNull())
        .execute();
    },
  },
  '003_audit_identifier': {
    async up(db: Kysely<unknown>) {
      const sequenceType = sequenceColumnType(db);
      await db.schema
        .createTable('audit_identifier')
        .addColumn('sequence', sequenceType, (column) => column.notNull().references('audit_record.sequence'))
        .addColumn('person', 'integer', (column) => column.notNull())
        .addColumn('kind', 'varchar(16)', (column) => column.notNull())
        .addColumn('value', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('audit_identifier_pk', ['sequence', 'person', 'kind'])
        .execute();
      // Serves "every consultation of this person", newest first, and "which identifiers were seen with this one".
      await db.schema
        .createIndex('audit_identifier_value')
        .on('audit_identifier')
        .columns(['value', 'sequence'])
        .execute();
    },
  },
  '004_audit_record_request': {
    async up(db: Kysely<unknown>) {
      // Finds a request's records: its opening record's closing one (personConsultations.ts), and the records of
      // a request named in the gateway's own logs.
      await db.schema.createIndex('audit_record_request').on('audit_record').column('request_id').execute();
    },
  },
};

/**
 * Brings the audit tables up to date. The migrations are recorded in tables of their own (audit_migration),
 * not Kysely's shared default, so that the audit log can live in the same database as a store without each
 * one's migrator reporting the other's migrations as missing; on PostgreSQL in the connection's own schema, as
 * every store's are (migrateToLatest).
 */
export async function migrateAuditLog<Tables>(db: Kysely<Tables>): Promise<void> {
  await migrateToLatest(db, auditMigrations, {
    migrationTableName: 'audit_migration',
    migrationLockTableName: 'audit_migration_lock',
  });
}
