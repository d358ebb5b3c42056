import { badUserInput } from '../graphql/errors';
import { IDENTIFIER_FORMATS, type IdentifierKind } from './identifierFormats';
import { readPncId } from './pncId';

/**
 * Checks a caller-supplied identifier against its real-world format and returns its canonical form; throws a
 * BAD_USER_INPUT GraphQL error naming the argument and the expected format otherwise.
 */
export function requireIdentifier(kind: IdentifierKind, input: string, argument: string): string {
  const format = IDENTIFIER_FORMATS[kind];
  // Prison numbers, URNs and court codes are upper case in every system; visit references are lower case.
  const value = kind === 'visitReference' ? input.trim().toLowerCase() : input.trim().toUpperCase();
  if (!format.pattern.test(value)) {
    throw badUserInput(
      `"${input}" is not a valid ${format.label}: expected the form ${format.example}`,
      argument,
    );
  }
  return value;
}

/** Checks a PNC ID (long or short form, with its check character) and returns its canonical long form. */
export function requirePncId(input: string, argument: string): string {
  const reading = readPncId(input);
  if (!reading.valid) throw badUserInput(reading.reason, argument);
  return reading.canonical;
}
