import { type Kysely, type Migration, Migrator, PostgresAdapter, sql } from 'kysely';
import { introspectingOneSchema } from './schemaIntrospection';
import { waitForStore } from './waitForStore';

/**
 * The schema a PostgreSQL store works in. Kysely's migrator otherwise takes a migration table found in any schema
 * for its own, so two stores sharing a database would read each other's migration history.
 */
async function postgresSchema<Tables>(db: Kysely<Tables>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Where a migrator keeps its history: Kysely's default tables unless named. */
export interface MigrationTables {
  migrationTableName: string;
  migrationLockTableName: string;
}

/**
 * Runs a store's versioned migrations, given in code and applied in name order (those not yet applied, whatever
 * the names already applied: see allowUnorderedMigrations below), and fails loudly with the name
 * of the migration that could not be applied. `tables` names the history tables, for a store that shares its
 * database with another (the audit log), so that neither migrator reports the other's migrations as missing.
 */
export async function migrateToLatest<Tables>(
  db: Kysely<Tables>,
  migrations: Record<string, Migration>,
  tables?: MigrationTables,
): Promise<void> {
  // Migrations are the first thing a starting service asks of its store.
  await waitForStore(db);
  const schema = await postgresSchema(db);
  const migrator = new Migrator({
    db: schema ? introspectingOneSchema(db, schema) : db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableSchema: schema,
    // A store's migrations are two series: its own (001 on) and the event outbox's, the same in every store that
    // records events (900 on, lib/events/outboxTables.ts). A store's new migration is numbered in its own series,
    // so a store that ran the outbox's already has a later name applied: Kysely runs the new one all the same
    // (those pending, in name order) rather than refusing to start. The series touch tables of their own.
    allowUnorderedMigrations: true,
    ...tables,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
}
