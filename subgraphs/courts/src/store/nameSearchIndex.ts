import { type Kysely, sql } from 'kysely';

/**
 * Indexes a case table's defendants by lower-cased surname and date of birth, as migrations 004 (magistrates) and
 * 003 (Crown Court) first made the search's index, and 011's SQLite rebuild of crown_case remade it. Kept for
 * those migrations' history: the folded-names migrations (defendantFoldedNamesMigration.ts) replace it with an
 * index on the application's folding, since SQLite's lower() folds A-Z only.
 */
export async function createNameSearchIndex(
  db: Kysely<unknown>,
  table: 'magistrates_case' | 'crown_case',
): Promise<void> {
  await sql`create index ${sql.id(`${table}_defendant_name_dob`)} on ${sql.table(table)} (lower(defendant_last_name), defendant_date_of_birth)`.execute(
    db,
  );
}
