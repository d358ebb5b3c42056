import { checkCharacterFor } from './checkCharacter';

const PNC_PATTERN = /^\d{0,2}(\d{2})\/(\d{1,7})([A-Z])$/;

/** The result of reading a PNC ID: its canonical long form, or why it is not valid. */
export type PncIdReading = { valid: true; canonical: string } | { valid: false; reason: string };

/** Two-digit years 39 to 99 are read as 19xx, the rest as 20xx, as the Police National Computer does. */
function fullYear(twoDigitYear: string): string {
  return Number(twoDigitYear) >= 39 ? `19${twoDigitYear}` : `20${twoDigitYear}`;
}

/**
 * Reads a Police National Computer ID in its long (2012/0052494Q) or short (12/52494Q) form, checks its check
 * character, and gives the canonical long form (four-digit year, seven-digit serial) used as the key.
 */
export function readPncId(input: string): PncIdReading {
  const value = input.trim().toUpperCase();
  const match = PNC_PATTERN.exec(value);
  if (!match) {
    return {
      valid: false,
      reason: `"${input}" is not a PNC ID: expected YYYY/NNNNNNNC or YY/NNNNNNNC, for example 2012/0052494Q`,
    };
  }
  const [, year = '', serial = '', check = ''] = match;
  const yearPrefix = value.slice(0, value.indexOf('/'));
  if (yearPrefix.length === 3) {
    return { valid: false, reason: `"${input}" is not a PNC ID: the year must have two or four digits` };
  }
  const paddedSerial = serial.padStart(7, '0');
  const expected = checkCharacterFor(`${year}${paddedSerial}`);
  if (check !== expected) {
    return {
      valid: false,
      reason: `"${input}" is not a valid PNC ID: its check character should be ${expected}, not ${check}`,
    };
  }
  const century = yearPrefix.length === 4 ? yearPrefix.slice(0, 2) : fullYear(year).slice(0, 2);
  return { valid: true, canonical: `${century}${year}/${paddedSerial}${check}` };
}

/** Builds a valid long-form PNC ID for a year and serial number (used by the synthetic-data generator). */
export function formatPncId(year: number, serial: number): string {
  const twoDigitYear = String(year % 100).padStart(2, '0');
  const paddedSerial = String(serial).padStart(7, '0');
  return `${year}/${paddedSerial}${checkCharacterFor(`${twoDigitYear}${paddedSerial}`)}`;
}
