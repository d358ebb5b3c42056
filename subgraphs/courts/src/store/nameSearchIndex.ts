import { type Kysely, sql } from 'kysely';

/**
 * Indexes a case table's defendants by case-folded surname and date of birth, for the search by name and date of
 * birth. The index is on the expression `lower(defendant_last_name)`, which the search compares with, so that a
 * case-insensitive match is an index seek on SQLite and PostgreSQL alike, at national volume.
 */
export async function createNameSearchIndex(
  db: Kysely<unknown>,
  table: 'magistrates_case' | 'crown_case',
): Promise<void> {
  await sql`create index ${sql.id(`${table}_defendant_name_dob`)} on ${sql.table(table)} (lower(defendant_last_name), defendant_date_of_birth)`.execute(
    db,
  );
}
