import { foldedNameOrNull } from '@lib/search/foldedName';

/** A defendant's names as the case tables store them, for the search by name (lib/search/foldedName.ts). */
export function foldedDefendantNames(names: { defendantFirstName: string; defendantLastName: string }): {
  defendantFirstNameFolded: string;
  defendantLastNameFolded: string;
};
export function foldedDefendantNames(names: {
  defendantFirstName: string | null;
  defendantLastName: string | null;
}): { defendantFirstNameFolded: string | null; defendantLastNameFolded: string | null };
export function foldedDefendantNames(names: {
  defendantFirstName: string | null;
  defendantLastName: string | null;
}) {
  return {
    defendantFirstNameFolded: foldedNameOrNull(names.defendantFirstName),
    defendantLastNameFolded: foldedNameOrNull(names.defendantLastName),
  };
}
