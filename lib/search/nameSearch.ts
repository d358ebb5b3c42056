import { badUserInput, refused } from '../graphql/errors';
import { londonDateOf } from '../time/londonTime';

/** The most people one search returns: enough to choose from on one screen, few enough to read through. */
export const MAX_NAME_MATCHES = 20;

/** The longest name the systems of record keep (their name columns are varchar(100)). */
const MAX_NAME_LENGTH = 100;

/** A search by name and date of birth, as the caller sent it. */
export interface NameSearchArguments {
  lastName: string;
  firstName?: string | null;
  /** Already a valid calendar date: the Date scalar refuses any other. */
  dateOfBirth: string;
}

/** Whom to look for: a surname and date of birth, and perhaps a first name, already trimmed. */
export interface PersonParticulars {
  lastName: string;
  firstName: string | null;
  dateOfBirth: string;
}

function requireName(value: string, argument: string, label: string, recordedBy: string): string {
  const name = value.trim();
  if (name.length > MAX_NAME_LENGTH) {
    throw badUserInput(
      `The ${label} is longer than the ${MAX_NAME_LENGTH} characters ${recordedBy}`,
      argument,
    );
  }
  return name;
}

/**
 * Checks a search by name and date of birth and says whom to look for; throws a BAD_USER_INPUT error naming the
 * argument to correct otherwise. `recordedBy` ends the message about a name too long: 'courts record', say.
 * Both the courts' search and P-Nomis's check their arguments here, so that the two refuse alike.
 */
export function requirePersonParticulars(
  args: NameSearchArguments,
  now: Date,
  recordedBy: string,
): PersonParticulars {
  const lastName = requireName(args.lastName, 'lastName', 'surname', recordedBy);
  if (lastName === '') throw badUserInput('Give the surname to search for: it is empty', 'lastName');
  const firstName = requireName(args.firstName ?? '', 'firstName', 'first name', recordedBy);
  if (args.dateOfBirth > londonDateOf(now)) {
    throw badUserInput(`The date of birth ${args.dateOfBirth} is in the future`, 'dateOfBirth');
  }
  return { lastName, firstName: firstName === '' ? null : firstName, dateOfBirth: args.dateOfBirth };
}

/** The error for a search that matches more people than one search returns, saying how to narrow it. */
export function tooManyMatches(particulars: PersonParticulars): Error {
  const narrow =
    particulars.firstName === null ? 'give the first name too' : 'search by PNC ID or prison number';
  return refused(
    'TOO_MANY_MATCHES',
    `More than ${MAX_NAME_MATCHES} people match this name and date of birth: ${narrow}`,
  );
}
