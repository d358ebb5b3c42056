import { ACCESS_REFUSALS, postGraphQL, type Credentials, type GraphQLErrorBody } from './graphqlClient';
import type { Lookup } from './identifier';
import { isNameSearchField, type NameMatch, type NameSearch, type NameSearchField } from './nameSearch';
import { nameSearchSourceFor, type NameSearchSource } from './nameSearchSource';

/** What the search by name does to the page, as main.ts provides it. */
export interface NameSearchPage {
  say(message: string, kind?: 'info' | 'error'): void;
  /** Puts focus in a search field the caseworker should correct. */
  focusField(field: NameSearchField): void;
  /** Opens the access fields again, after the token or purpose was refused. */
  reopenAccess(): void;
  /**
   * Lists several people to choose from, saying which systems did not answer (their details are missing) and
   * which search found them.
   */
  showMatches(matches: readonly NameMatch[], unavailable: readonly string[], source: NameSearchSource): void;
  /** Shows one person's journey. */
  openPerson(lookup: Lookup): void;
  clear(): void;
}

const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'STORE_UNAVAILABLE']);

/** Said when the token can run neither search by name, or the gateway finds it may not run the one sent. */
function noAccess(records: string): string {
  return `Your access does not include ${records}, which the search by name uses: search by PNC ID or prison number.`;
}

/** The gateway's reason, in the caseworker's terms when it is a missing scope. */
function explain(error: GraphQLErrorBody, source: NameSearchSource): string {
  return error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE' ? noAccess(source.records) : error.message;
}

/** Where to put focus after a refused search: the field the gateway names, or the first name for too many matches. */
function fieldToCorrect(error: GraphQLErrorBody): NameSearchField | null {
  if (error.extensions?.code === 'TOO_MANY_MATCHES') return 'firstName';
  const argument = error.extensions?.argument;
  return isNameSearchField(argument) ? argument : null;
}

/**
 * Searches by name and date of birth, through the search the token can run (the courts', or P-Nomis's for prison
 * staff): no one found is said so; one person opens their page; several are listed to choose from. A refusal is
 * said plainly, with focus where it can be put right.
 */
export async function findByName(
  search: NameSearch,
  credentials: Credentials,
  page: NameSearchPage,
): Promise<void> {
  const source = nameSearchSourceFor(credentials.token);
  if (!source) {
    page.clear();
    page.say(noAccess('court or custody records'), 'error');
    return;
  }
  page.say(`Searching the ${source.records}…`);
  type Data = Partial<Record<NameSearchSource['field'], NameMatch[] | null>>;
  const response = await postGraphQL<Data>(source.query, { ...search }, credentials);
  const matches = response.data?.[source.field];
  const errors = response.errors ?? [];
  if (!matches) {
    page.clear();
    const first = errors[0];
    if (errors.some((error) => ACCESS_REFUSALS.has(error.extensions?.code ?? ''))) page.reopenAccess();
    page.say(
      errors.map((error) => explain(error, source)).join(' ') || 'The gateway found nothing to show.',
      'error',
    );
    const field = first && fieldToCorrect(first);
    if (field) page.focusField(field);
    return;
  }
  if (matches.length === 0) {
    page.clear();
    page.say(source.noneFound, 'error');
    page.focusField('lastName');
    return;
  }
  if (matches.length === 1 && matches[0]) {
    page.openPerson(source.lookupOf(matches[0]));
    return;
  }
  const unavailable = errors
    .filter((error) => UNAVAILABLE.has(error.extensions?.code ?? ''))
    .map((error) => error.message);
  page.showMatches(matches, [...new Set(unavailable)], source);
}
