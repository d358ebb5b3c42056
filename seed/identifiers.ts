import { checkCharacterFor } from '@lib/identifiers/checkCharacter';
import { formatCroNumber } from '@lib/identifiers/croNumber';
import { formatPncId } from '@lib/identifiers/pncId';

/**
 * Identifiers are made from a record's position (the n-th person, the n-th booking...) by a keyed permutation
 * of the identifier's number space: distinct positions always give distinct identifiers, so uniqueness holds by
 * construction without keeping millions of issued values in a set, and consecutive positions look unrelated.
 * The permutation is a four-round Feistel network on a square just covering the space, cycle-walked back into
 * the space (a bijection on the square restricted to the space stays a bijection).
 */
function roundFunction(value: number, key: number, round: number, side: number): number {
  let hash = Math.imul(value ^ key ^ Math.imul(round + 1, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % side;
}

function feistel(value: number, side: number, key: number): number {
  let left = Math.floor(value / side);
  let right = value % side;
  for (let round = 0; round < 4; round += 1) {
    [left, right] = [right, (left + roundFunction(right, key, round, side)) % side];
  }
  return left * side + right;
}

/** The position-th value of a permutation of 0..space-1 chosen by `key` (from the seed). */
export function scatter(position: number, space: number, key: number): number {
  if (!Number.isInteger(position) || position < 0 || position >= space) {
    throw new Error(`Identifier space exhausted: position ${position} of ${space}`);
  }
  const side = Math.ceil(Math.sqrt(space));
  let value = feistel(position, side, key);
  while (value >= space) value = feistel(value, side, key);
  return value;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function letters(value: number, count: number): string {
  let text = '';
  let rest = value;
  for (let index = 0; index < count; index += 1) {
    text = (LETTERS[rest % 26] ?? 'A') + text;
    rest = Math.floor(rest / 26);
  }
  return text;
}

function digits(value: number, count: number): string {
  return String(value).padStart(count, '0');
}

/** Per-data-set keys of each identifier space's permutation, drawn once from the seed. */
export interface IdentifierKeys {
  pnc: number;
  cro: number;
  prisonNumber: number;
  bookingNumber: number;
  urn: number;
  accountNumber: number;
  visitReference: number;
}

/** A PNC ID for the person at a position, with the year of their first arrest (a valid check character). */
export function pncIdFor(
  personPosition: number,
  firstArrestYear: number,
  identifierKeys: IdentifierKeys,
): string {
  return formatPncId(firstArrestYear, scatter(personPosition, 10_000_000, identifierKeys.pnc));
}

const CRO_SERIALS = 999_999;

/**
 * A CRO number for the person at a position. Six-digit serials run out at a million people, so the positions
 * past that use the fingerprint (SF) form, which is a different number space: no two people share one.
 */
export function croNumberFor(personPosition: number, year: number, identifierKeys: IdentifierKeys): string {
  if (personPosition < CRO_SERIALS)
    return formatCroNumber(scatter(personPosition, CRO_SERIALS, identifierKeys.cro) + 1, year);
  const serial = String(scatter(personPosition - CRO_SERIALS, CRO_SERIALS, identifierKeys.cro) + 1);
  const twoDigitYear = digits(year % 100, 2);
  return `SF${twoDigitYear}/${serial}${checkCharacterFor(`${twoDigitYear}${serial}`)}`;
}

/** A prison (NOMS) number, A1234BC, for the n-th person taken into custody. */
export function prisonNumberFor(position: number, identifierKeys: IdentifierKeys): string {
  const value = scatter(position, 26 * 10_000 * 676, identifierKeys.prisonNumber);
  return `${letters(Math.floor(value / 6_760_000), 1)}${digits(Math.floor(value / 676) % 10_000, 4)}${letters(value % 676, 2)}`;
}

/** A NOMIS booking number, 38412A, for the n-th booking. */
export function bookingNumberFor(position: number, identifierKeys: IdentifierKeys): string {
  const value = scatter(position, 100_000 * 26, identifierKeys.bookingNumber);
  return `${digits(Math.floor(value / 26), 5)}${letters(value % 26, 1)}`;
}

/**
 * A case URN, 01AB2345678, for the n-th magistrates' case: the police force area of the court, a two-letter
 * police unit and a seven-digit serial; the serial alone is unique.
 */
export function urnFor(
  position: number,
  forceArea: string,
  unit: string,
  identifierKeys: IdentifierKeys,
): string {
  return `${forceArea}${unit}${digits(scatter(position, 10_000_000, identifierKeys.urn), 7)}`;
}

/** An enforcement account number, 25 + seven digits + a check letter, for the n-th confiscation order. */
export function accountNumberFor(position: number, identifierKeys: IdentifierKeys): string {
  const number = `25${digits(scatter(position, 10_000_000, identifierKeys.accountNumber), 7)}`;
  return `${number}${checkCharacterFor(number)}`;
}

/** A visit booking reference, ab-cd-ef-gh, for the n-th visit. */
export function visitReferenceFor(position: number, identifierKeys: IdentifierKeys): string {
  const text = letters(scatter(position, 26 ** 8, identifierKeys.visitReference), 8).toLowerCase();
  return `${text.slice(0, 2)}-${text.slice(2, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** The largest serial of a Crown Court case number series (one per prefix and year). */
export const LAST_CASE_SERIAL = 9_999;

/**
 * A Crown Court case number as the Crown Court writes it: the prefix (T trial, S committal for sentence), the
 * year and a four-digit serial, T20230123 being the 123rd trial case of 2023 (the lib format and the column,
 * varchar(9), hold exactly this).
 */
export function crownCaseNumberFor(prefix: 'T' | 'S' | 'A', year: number, serial: number): string {
  if (serial < 1 || serial > LAST_CASE_SERIAL || year < 2000 || year > 2099) {
    throw new Error(`No Crown Court case number for ${prefix} ${year} ${serial}`);
  }
  return `${prefix}${year}${digits(serial, 4)}`;
}
