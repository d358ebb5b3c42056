/** A search by name and date of birth, as the gateway's offendersByNameAndDateOfBirth takes it. */
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

/** A defendant's particulars as a court recorded them. */
export interface RecordedParticulars {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** One person the search matched, with what the page shows to tell namesakes apart. */
export interface NameMatch {
  pncId: string;
  prisonNumber: string | null;
  magistratesCases: { chargedOn: string; court: { name: string }; defendant: RecordedParticulars }[] | null;
  crownCourtCases: { receivedOn: string; court: { name: string }; defendant: RecordedParticulars }[] | null;
}

export interface NameSearchData {
  offendersByNameAndDateOfBirth: NameMatch[] | null;
}

/**
 * The search, with just enough about each person to choose between namesakes: the name as each court recorded
 * it, the identifiers, and the courts that know them. Sent as variables in a POST body, never in a URL.
 */
export const NAME_SEARCH_QUERY = `query CaseworkerSearchByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
  offendersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
    pncId
    prisonNumber
    magistratesCases { chargedOn court { name } defendant { firstName lastName dateOfBirth } }
    crownCourtCases { receivedOn court { name } defendant { firstName lastName dateOfBirth } }
  }
}`;
