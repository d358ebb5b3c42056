import { type Kysely, type Migration, Migrator } from 'kysely';

/**
 * Runs a store's versioned migrations, given in code and applied in name order, and fails loudly with the name
 * of the migration that could not be applied.
 */
export async function migrateToLatest<Tables>(db: Kysely<Tables>, migrations: Record<string, Migration>): Promise<void> {
  // Migrations speak to tables that may not exist yet, so they see the database untyped.
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
}
