import type { Kysely } from 'kysely';
import { foldedName } from '@lib/search/foldedName';
import type { CrownCourtTables } from './crownCourtTables';
import type { MagistratesTables } from './magistratesTables';

/** Whom to look for: a surname and date of birth, and perhaps a first name, already trimmed. */
export interface DefendantParticulars {
  lastName: string;
  firstName: string | null;
  dateOfBirth: string;
}

/** The defendant columns both court systems' case tables have (the Crown Court's may be null: see CrownCaseTable). */
interface DefendantColumns {
  defendantFirstName: string | null;
  defendantLastName: string | null;
  defendantFirstNameFolded: string | null;
  defendantLastNameFolded: string | null;
  defendantDateOfBirth: string | null;
  defendantPncId: string | null;
}

/** A case table that records defendants: the magistrates' courts system's or the Crown Court system's. */
export type DefendantCaseTable =
  | { db: Kysely<MagistratesTables>; table: 'magistratesCase' }
  | { db: Kysely<CrownCourtTables>; table: 'crownCase' };

/**
 * The PNC IDs of the defendants one case table records with these particulars, in PNC ID order, at most
 * `limit`. The names searched for are folded as the stored names were when written (lib/search/foldedName.ts),
 * so that both engines match "ZOË" with "Zoë" alike, and the (folded surname, date of birth) index made by
 * addDefendantFoldedNames answers the search.
 */
export async function findDefendantPncIds(
  { db, table }: DefendantCaseTable,
  particulars: DefendantParticulars,
  limit: number,
): Promise<string[]> {
  const { lastName, firstName, dateOfBirth } = particulars;
  // Both tables seen through the columns they share, under one name Kysely can type-check the query against.
  const cases = db as unknown as Kysely<Record<'cases', DefendantColumns>>;
  let query = cases
    .selectFrom(table as 'cases')
    .select('defendantPncId')
    .distinct()
    .where('defendantLastNameFolded', '=', foldedName(lastName))
    .where('defendantDateOfBirth', '=', dateOfBirth)
    .where('defendantPncId', 'is not', null);
  if (firstName !== null) {
    query = query.where('defendantFirstNameFolded', '=', foldedName(firstName));
  }
  const rows = await query.orderBy('defendantPncId').limit(limit).execute();
  return rows.flatMap((row) => (row.defendantPncId ? [row.defendantPncId] : []));
}
