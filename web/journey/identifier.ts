/** How the page looks a person up: by exactly one of the two identifiers the gateway accepts. */
export type Lookup = { pncId: string } | { prisonNumber: string };

const PRISON_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;
// Long (2012/0052494Q) or short (12/52494Q) form; the gateway checks the check character and says what is wrong.
const PNC_ID = /^\d{2}(\d{2})?\/\d{1,7}[A-Z]$/;

/** Reads what the caseworker typed as a PNC ID or a prison number, or says why it is neither. */
export function parseIdentifier(input: string): Lookup | { problem: string } {
  const value = input.trim().toUpperCase();
  if (value === '') return { problem: 'Enter a PNC ID or a prison number.' };
  if (PRISON_NUMBER.test(value)) return { prisonNumber: value };
  if (PNC_ID.test(value)) return { pncId: value };
  return {
    problem: `"${input.trim()}" is neither a PNC ID (such as 2012/0052494Q) nor a prison number (such as A1234BC).`,
  };
}
