import { ACCESS_REFUSALS, postGraphQL, type Credentials, type GraphQLErrorBody } from './graphqlClient';
import {
  isNameSearchField,
  NAME_SEARCH_QUERY,
  type NameMatch,
  type NameSearch,
  type NameSearchData,
  type NameSearchField,
} from './nameSearch';

/** What the search by name does to the page, as main.ts provides it. */
export interface NameSearchPage {
  say(message: string, kind?: 'info' | 'error'): void;
  /** Puts focus in a search field the caseworker should correct. */
  focusField(field: NameSearchField): void;
  /** Opens the access fields again, after the token or purpose was refused. */
  reopenAccess(): void;
  /** Lists several people to choose from, saying which systems did not answer (their details are missing). */
  showMatches(matches: readonly NameMatch[], unavailable: readonly string[]): void;
  /** Shows one person's journey. */
  openPerson(pncId: string): void;
  clear(): void;
}

const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'STORE_UNAVAILABLE']);

/** The gateway's reason, in the caseworker's terms when it is a missing scope. */
function explain(error: GraphQLErrorBody): string {
  if (error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE') {
    return 'Your access does not include court records, which the search by name uses: search by PNC ID or prison number.';
  }
  return error.message;
}

/** Where to put focus after a refused search: the field the gateway names, or the first name for too many matches. */
function fieldToCorrect(error: GraphQLErrorBody): NameSearchField | null {
  if (error.extensions?.code === 'TOO_MANY_MATCHES') return 'firstName';
  const argument = error.extensions?.argument;
  return isNameSearchField(argument) ? argument : null;
}

/**
 * Searches by name and date of birth: no one found is said so; one person opens their page; several are listed
 * to choose from. A refusal is said plainly, with focus where it can be put right.
 */
export async function findByName(
  search: NameSearch,
  credentials: Credentials,
  page: NameSearchPage,
): Promise<void> {
  page.say('Searching the court records…');
  const response = await postGraphQL<NameSearchData>(NAME_SEARCH_QUERY, { ...search }, credentials);
  const matches = response.data?.offendersByNameAndDateOfBirth;
  const errors = response.errors ?? [];
  if (!matches) {
    page.clear();
    const first = errors[0];
    if (errors.some((error) => ACCESS_REFUSALS.has(error.extensions?.code ?? ''))) page.reopenAccess();
    page.say(errors.map(explain).join(' ') || 'The gateway found nothing to show.', 'error');
    const field = first && fieldToCorrect(first);
    if (field) page.focusField(field);
    return;
  }
  if (matches.length === 0) {
    page.clear();
    page.say(
      'No one the courts know has that surname and date of birth. Check the spelling and the date, or search by PNC ID or prison number.',
      'error',
    );
    page.focusField('lastName');
    return;
  }
  if (matches.length === 1 && matches[0]) {
    page.openPerson(matches[0].pncId);
    return;
  }
  const unavailable = errors
    .filter((error) => UNAVAILABLE.has(error.extensions?.code ?? ''))
    .map((error) => error.message);
  page.showMatches(matches, [...new Set(unavailable)]);
}
