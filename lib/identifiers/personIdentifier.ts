import { readCroNumber } from './croNumber';
import { IDENTIFIER_FORMATS } from './identifierFormats';
import { readPncId } from './pncId';

/** The identifiers that name a person across the systems (shared/DOMAIN.md), by the field names the graph uses. */
export const PERSON_IDENTIFIER_KINDS = ['pncId', 'prisonNumber', 'croNumber'] as const;

/** A kind of person identifier. */
export type PersonIdentifierKind = (typeof PERSON_IDENTIFIER_KINDS)[number];

/** One identifier of a person, in its canonical form. */
export interface PersonIdentifier {
  kind: PersonIdentifierKind;
  value: string;
}

/** The result of reading an identifier of a known kind. */
export type PersonIdentifierReading = { valid: true; canonical: string } | { valid: false; reason: string };

/** Whether a name is one of the person identifier kinds. */
export function isPersonIdentifierKind(name: string): name is PersonIdentifierKind {
  return (PERSON_IDENTIFIER_KINDS as readonly string[]).includes(name);
}

/**
 * Reads an identifier of a known kind into its canonical form: a PNC ID in its long form (2012/0394773H, whether
 * given long or short as 12/394773H), a prison number in capitals, a CRO number with its serial unpadded.
 */
export function readPersonIdentifier(kind: PersonIdentifierKind, input: string): PersonIdentifierReading {
  if (kind === 'pncId') return readPncId(input);
  if (kind === 'croNumber') return readCroNumber(input);
  const value = input.trim().toUpperCase();
  const { pattern, example } = IDENTIFIER_FORMATS.prisonNumber;
  return pattern.test(value)
    ? { valid: true, canonical: value }
    : { valid: false, reason: `"${input}" is not a valid prison number: expected the form ${example}` };
}

/** The canonical form of an identifier of a known kind, or null when it is not a valid one. */
export function canonicalPersonIdentifier(kind: PersonIdentifierKind, input: string): string | null {
  const reading = readPersonIdentifier(kind, input);
  return reading.valid ? reading.canonical : null;
}

/**
 * Works out which kind an identifier given without one is: every kind it is valid as. A PNC ID and a CRO number
 * can share a shape (12/34J is either), so more than one kind can come back; none means it is not valid as any,
 * with the reason for each kind.
 */
export function identifyPersonIdentifier(input: string): { found: PersonIdentifier[]; reasons: string[] } {
  const found: PersonIdentifier[] = [];
  const reasons: string[] = [];
  for (const kind of PERSON_IDENTIFIER_KINDS) {
    const reading = readPersonIdentifier(kind, input);
    if (reading.valid) found.push({ kind, value: reading.canonical });
    else reasons.push(reading.reason);
  }
  return { found, reasons };
}

/**
 * The forms in which a PNC ID may have been written by a system: its canonical long form and its short form
 * (two-digit year, serial without leading zeros), for matching records kept as each system wrote them.
 */
export function pncIdForms(canonical: string): string[] {
  const match = /^\d\d(\d\d)\/(\d{7})([A-Z])$/.exec(canonical);
  if (!match) return [canonical];
  const [, year = '', serial = '', check = ''] = match;
  return [canonical, `${year}/${Number(serial)}${check}`];
}
