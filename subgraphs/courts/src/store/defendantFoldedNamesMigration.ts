import type { Kysely } from 'kysely';
import { addFoldedNameColumns } from '@lib/store/foldedNameColumns';

/**
 * Gives a case table's defendants folded names (lib/search/foldedName.ts), filled in for the cases already
 * recorded, and moves the search's (surname, date of birth) index from lower(defendant_last_name), which SQLite
 * folds for A-Z only, to the folded surname, under the index's name as before.
 */
export function addDefendantFoldedNames(
  db: Kysely<unknown>,
  table: 'magistrates_case' | 'crown_case',
  key: readonly string[],
): Promise<void> {
  const index = `${table}_defendant_name_dob`;
  return addFoldedNameColumns(db, {
    table,
    key,
    folds: {
      defendant_first_name_folded: 'defendant_first_name',
      defendant_last_name_folded: 'defendant_last_name',
    },
    replaces: index,
    index: { name: index, columns: ['defendant_last_name_folded', 'defendant_date_of_birth'] },
  });
}
