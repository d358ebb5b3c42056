import { foldedName } from '@lib/search/foldedName';

/**
 * A person's names as the offender table stores them beside the names, for the search by name and the matching
 * of a reception (lib/search/foldedName.ts): every write of a name writes these with it.
 */
export function foldedPersonNames(names: { firstName: string; lastName: string }) {
  return { firstNameFolded: foldedName(names.firstName), lastNameFolded: foldedName(names.lastName) };
}
