/**
 * The check-character alphabet shared by PNC IDs and CRO numbers: 23 letters, without I, O and S, which are
 * too easily misread as digits.
 */
const CHECK_ALPHABET = 'ZABCDEFGHJKLMNPQRTUVWXY';

/** The check character for the digits of an identifier read as one number (modulo 23). */
export function checkCharacterFor(digits: string): string {
  // BigInt keeps the arithmetic exact however long the digit string is.
  const index = Number(BigInt(digits) % 23n);
  return CHECK_ALPHABET.charAt(index);
}
