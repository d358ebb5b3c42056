import type { Caller } from '@lib/auth/caller';
import { requireNoCaseload } from '@lib/authorization/caseload';
import { requirePersonParticulars, type NameSearchArguments } from '@lib/search/nameSearch';
import type { DefendantParticulars } from '../store/defendantSearchStore';

// The limit, the arguments and the refusal of too many matches are shared with P-Nomis's search by name.
export { MAX_NAME_MATCHES, tooManyMatches, type NameSearchArguments } from '@lib/search/nameSearch';

/**
 * Checks a search by name and date of birth and says what to look for; throws a GraphQL error saying what to
 * correct otherwise. Staff limited to a prison caseload are refused outright: the courts cannot tell where a
 * person is held, so a search of theirs would name people held outside it (P-Nomis's search serves them).
 */
export function requireNameSearch(
  args: NameSearchArguments,
  caller: Caller | null,
  now: Date,
): DefendantParticulars {
  requireNoCaseload(
    caller,
    'The courts search people held anywhere: staff limited to a prison caseload search by name with prisonersByNameAndDateOfBirth, which covers their caseload',
  );
  return requirePersonParticulars(args, now, 'courts record');
}
