/** A search by name and date of birth, as the gateway's searches by name (courts' and P-Nomis's) take it. */
export interface NameSearch {
  lastName: string;
  firstName: string | null;
  dateOfBirth: string;
}

/** The fields of the search, named as the query's arguments. */
export type NameSearchField = 'lastName' | 'firstName' | 'dateOfBirth';

/** Whether a value (an error's `extensions.argument`, say) names a field of the search. */
export function isNameSearchField(value: unknown): value is NameSearchField {
  return value === 'lastName' || value === 'firstName' || value === 'dateOfBirth';
}

/** What the caseworker must correct, and in which field. */
export interface NameSearchProblem {
  problem: string;
  field: NameSearchField;
}

/**
 * Reads the name search fields, or says what is missing. The date comes from a date input, as YYYY-MM-DD or
 * empty; the gateway checks the rest (a date in the future, a name too long) and says so.
 */
export function readNameSearch(fields: {
  lastName: string;
  firstName: string;
  dateOfBirth: string;
}): NameSearch | NameSearchProblem {
  const lastName = fields.lastName.trim();
  if (lastName === '') return { problem: 'Enter the surname to search for.', field: 'lastName' };
  if (fields.dateOfBirth === '')
    return { problem: 'Enter the date of birth, day, month and year.', field: 'dateOfBirth' };
  const firstName = fields.firstName.trim();
  return { lastName, firstName: firstName === '' ? null : firstName, dateOfBirth: fields.dateOfBirth };
}

/** A person's particulars as a system recorded them. */
export interface RecordedParticulars {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** A person's P-Nomis record as a list of matches shows it: where they are held, or were last held. */
export interface CustodySummary extends RecordedParticulars {
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
  currentPrison: { name: string } | null;
  /** Most recent first. */
  bookings: { endedOn: string | null; prison: { name: string } }[];
}

/**
 * One person a search matched, with what the page shows to tell namesakes apart: their court records when the
 * courts were searched, their custody record when P-Nomis was.
 */
export interface NameMatch {
  pncId: string | null;
  prisonNumber: string | null;
  magistratesCases?: { chargedOn: string; court: { name: string }; defendant: RecordedParticulars }[] | null;
  crownCourtCases?: { receivedOn: string; court: { name: string }; defendant: RecordedParticulars }[] | null;
  custody?: CustodySummary | null;
}
