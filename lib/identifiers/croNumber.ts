import { checkCharacterFor } from './checkCharacter';

const CRO_PATTERN = /^(\d{1,6})\/(\d{2})([A-Z])$/;
const CRO_SF_PATTERN = /^SF(\d{2})\/(\d{1,6})([A-Z])$/;

/** The result of reading a CRO number. */
export type CroNumberReading = { valid: true; canonical: string } | { valid: false; reason: string };

/**
 * Reads a Criminal Records Office number, 29906/12J or SF12/1234X, and checks its check character: the serial
 * is padded to six digits for the first form and left as it is for the SF (fingerprint) form. The canonical form
 * writes the first form's serial without leading zeros (029906/12J is 29906/12J), as formatCroNumber does.
 */
export function readCroNumber(input: string): CroNumberReading {
  const value = input.trim().toUpperCase();
  const standard = CRO_PATTERN.exec(value);
  const fingerprint = standard ? null : CRO_SF_PATTERN.exec(value);
  if (!standard && !fingerprint) {
    return { valid: false, reason: `"${input}" is not a CRO number: expected NNNNNN/YYC or SFYY/NNNNNNC` };
  }
  const [serial, year, check] = standard
    ? [standard[1] ?? '', standard[2] ?? '', standard[3] ?? '']
    : [fingerprint?.[2] ?? '', fingerprint?.[1] ?? '', fingerprint?.[3] ?? ''];
  const digits = standard ? `${year}${serial.padStart(6, '0')}` : `${year}${serial}`;
  const expected = checkCharacterFor(digits);
  if (check !== expected) {
    return {
      valid: false,
      reason: `"${input}" is not a valid CRO number: its check character should be ${expected}, not ${check}`,
    };
  }
  return { valid: true, canonical: standard ? `${Number(serial)}/${year}${check}` : value };
}

/** Builds a valid CRO number in the standard form (used by the synthetic-data generator). */
export function formatCroNumber(serial: number, year: number): string {
  const twoDigitYear = String(year % 100).padStart(2, '0');
  const paddedSerial = String(serial).padStart(6, '0');
  return `${serial}/${twoDigitYear}${checkCharacterFor(`${twoDigitYear}${paddedSerial}`)}`;
}
