import type { Caller } from '@lib/auth/caller';
import { badUserInput, refused } from '@lib/graphql/errors';
import type { DefendantParticulars } from '../store/defendantSearchStore';
import { londonDateOf } from './londonDates';

/** The most people one search returns: enough to choose from on one screen, few enough to read through. */
export const MAX_NAME_MATCHES = 20;

/** The longest name the court systems record (their columns are varchar(100)). */
const MAX_NAME_LENGTH = 100;

/** A search by name and date of birth, as the caller sent it. */
export interface NameSearchArguments {
  lastName: string;
  firstName?: string | null;
  /** Already a valid calendar date: the Date scalar refuses any other. */
  dateOfBirth: string;
}

function requireName(value: string, argument: string, label: string): string {
  const name = value.trim();
  if (name.length > MAX_NAME_LENGTH) {
    throw badUserInput(
      `The ${label} is longer than the ${MAX_NAME_LENGTH} characters courts record`,
      argument,
    );
  }
  return name;
}

/**
 * Checks a search by name and date of birth and says what to look for; throws a GraphQL error saying what to
 * correct otherwise. Staff limited to a prison caseload are refused outright: the courts cannot tell where a
 * person is held, so a search of theirs would name people held outside it.
 */
export function requireNameSearch(
  args: NameSearchArguments,
  caller: Caller | null,
  now: Date,
): DefendantParticulars {
  if (caller?.caseload != null) {
    throw refused(
      'OUTSIDE_CASELOAD',
      'Search by name and date of birth covers people held anywhere: staff limited to a prison caseload search by prison number',
    );
  }
  const lastName = requireName(args.lastName, 'lastName', 'surname');
  if (lastName === '') throw badUserInput('Give the surname to search for: it is empty', 'lastName');
  const firstName = requireName(args.firstName ?? '', 'firstName', 'first name');
  if (args.dateOfBirth > londonDateOf(now)) {
    throw badUserInput(`The date of birth ${args.dateOfBirth} is in the future`, 'dateOfBirth');
  }
  return { lastName, firstName: firstName === '' ? null : firstName, dateOfBirth: args.dateOfBirth };
}

/** The error for a search that matches more people than one search returns, saying how to narrow it. */
export function tooManyMatches(particulars: DefendantParticulars): Error {
  const narrow =
    particulars.firstName === null ? 'give the first name too' : 'search by PNC ID or prison number';
  return refused(
    'TOO_MANY_MATCHES',
    `More than ${MAX_NAME_MATCHES} people match this name and date of birth: ${narrow}`,
  );
}
