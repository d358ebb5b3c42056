import './journey.css';
import { londonToday } from '../shared/londonDate';
import type { BookedVisit } from './booking/bookingForm';
import { claimedScopes, forgetCredentials, loadCredentials, saveCredentials } from './credentials';
import { h, required } from './dom';
import { findByName, type NameSearchPage } from './findByName';
import { formatDayAndDate } from './format';
import { ACCESS_REFUSALS, postGraphQL, type Credentials } from './graphqlClient';
import { parseIdentifier, type Lookup } from './identifier';
import { offerPurposes } from './purposeChoices';
import { JOURNEY_QUERY } from './journeyQuery';
import { readNameSearch } from './nameSearch';
import { journeyView } from './render/journeyView';
import { matchList } from './render/matchList';

const form = required('search-form', HTMLFormElement);
const nameForm = required('name-search-form', HTMLFormElement);
const nameInputs = {
  lastName: required('last-name', HTMLInputElement),
  firstName: required('first-name', HTMLInputElement),
  dateOfBirth: required('date-of-birth', HTMLInputElement),
};
const access = required('access', HTMLDetailsElement);
const accessSummary = required('access-summary', HTMLSpanElement);
const tokenInput = required('token', HTMLInputElement);
const purposeInput = required('purpose', HTMLSelectElement);
const purposeDetailInput = required('purpose-detail', HTMLInputElement);
const identifierInput = required('identifier', HTMLInputElement);
const forgetButton = required('forget', HTMLButtonElement);
const status = required('status', HTMLParagraphElement);
const results = required('journey', HTMLDivElement);

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = `status status-${kind}`;
}

function unreachable(error: unknown): string {
  return `The gateway could not be reached: ${error instanceof Error ? error.message : String(error)}`;
}

function problem(message: string, input: HTMLInputElement | HTMLSelectElement): void {
  say(message, 'error');
  if (access.contains(input)) access.open = true;
  input.focus();
}

/** Folds the access fields away once they are filled in, so the person's page starts near the top. */
function foldAccess(credentials: Credentials): void {
  accessSummary.textContent = `(token kept for this tab; purpose: ${credentials.purpose})`;
  access.open = false;
}

function bookedMessage(visit: BookedVisit): string {
  return `Visit booked: ${formatDayAndDate(visit.date)}, ${visit.startTime}–${visit.endTime}, reference ${visit.reference}.`;
}

/**
 * Looks the person up and draws their page; after a booking, draws it again with the booking announced. `back`,
 * when the person was chosen from a list of matches, leads back to that list.
 */
async function show(
  lookup: Lookup,
  credentials: Credentials,
  announcement?: string,
  back?: HTMLElement,
): Promise<void> {
  results.setAttribute('aria-busy', 'true');
  say('Searching every system…');
  try {
    const response = await postGraphQL(JOURNEY_QUERY, lookup, credentials);
    const errors = response.errors ?? [];
    const offender = response.data?.offender;
    if (!offender) {
      results.replaceChildren();
      // A refused token or purpose is fixed in the access fields: open them again.
      if (errors.some((error) => ACCESS_REFUSALS.has(error.extensions?.code ?? ''))) access.open = true;
      say(errors.map((error) => error.message).join(' ') || 'The gateway found nothing to show.', 'error');
      return;
    }
    const view = journeyView(offender, errors, {
      credentials,
      today: londonToday(),
      canBook: claimedScopes(credentials.token).has('visits:book'),
      canReadEvents: claimedScopes(credentials.token).has('events:subscribe'),
      onBooked: (visit) => void show(lookup, credentials, bookedMessage(visit), back),
    });
    results.replaceChildren(...(back ? [back] : []), ...view);
    say(announcement ?? 'Journey shown below.');
    // Focus follows the result, so keyboard and screen-reader users land on what changed.
    (announcement ? status : document.getElementById('person-name'))?.focus();
  } catch (error) {
    say(unreachable(error), 'error');
  } finally {
    results.removeAttribute('aria-busy');
  }
}

const saved = loadCredentials();
tokenInput.value = saved.token;
purposeDetailInput.value = saved.purposeDetail;
/** The purposes offered follow the token: its agency's, from the gateway. */
const purposesOffered = (token: string) =>
  offerPurposes(purposeInput, token).catch((error: unknown) => say(unreachable(error), 'error'));
void purposesOffered(saved.token).then(() => {
  purposeInput.value = saved.purpose;
  if (saved.token !== '' && purposeInput.value !== '') foldAccess(saved);
});
let tokenSettles: ReturnType<typeof setTimeout> | undefined;
tokenInput.addEventListener('input', () => {
  // A pasted token arrives in one input event; typing, in many: ask once it settles.
  clearTimeout(tokenSettles);
  tokenSettles = setTimeout(() => void purposesOffered(tokenInput.value.trim()), 250);
});

/** The token and purpose, once both are filled in (kept for the tab); null after saying which is missing. */
function credentialsToUse(): Credentials | null {
  const credentials = {
    token: tokenInput.value.trim(),
    purpose: purposeInput.value,
    purposeDetail: purposeDetailInput.value.trim(),
  };
  if (credentials.token === '') {
    problem('Paste your access token first.', tokenInput);
    return null;
  }
  if (credentials.purpose === '') {
    problem('Choose why you are looking: the gateway records it.', purposeInput);
    return null;
  }
  saveCredentials(credentials);
  foldAccess(credentials);
  return credentials;
}

form.addEventListener('submit', (event) => {
  // The identifier goes to the gateway in a POST body; the page's URL never changes.
  event.preventDefault();
  const lookup = parseIdentifier(identifierInput.value);
  const credentials = credentialsToUse();
  if (!credentials) return;
  if ('problem' in lookup) return problem(lookup.problem, identifierInput);
  void show(lookup, credentials);
});

/** What a search by name does to this page. */
function nameSearchPage(credentials: Credentials): NameSearchPage {
  return {
    say,
    focusField: (field) => nameInputs[field].focus(),
    reopenAccess: () => (access.open = true),
    clear: () => results.replaceChildren(),
    openPerson: (lookup) => void show(lookup, credentials),
    showMatches: function listMatches(matches, unavailable, source) {
      const back = h(
        'button',
        {
          type: 'button',
          class: 'link-button back-to-matches',
          onclick: () => listMatches(matches, unavailable, source),
        },
        `Back to the ${matches.length} people matched`,
      );
      const choose = (lookup: Lookup) => void show(lookup, credentials, undefined, back);
      results.replaceChildren(matchList(matches, unavailable, source, choose));
      say(`${matches.length} people match. Choose one to see their journey.`);
      document.getElementById('matches-heading')?.focus();
    },
  };
}

nameForm.addEventListener('submit', (event) => {
  // The name and date of birth go to the gateway in a POST body only: never the URL, never the history.
  event.preventDefault();
  const search = readNameSearch({
    lastName: nameInputs.lastName.value,
    firstName: nameInputs.firstName.value,
    dateOfBirth: nameInputs.dateOfBirth.value,
  });
  const credentials = credentialsToUse();
  if (!credentials) return;
  if ('problem' in search) return problem(search.problem, nameInputs[search.field]);
  results.setAttribute('aria-busy', 'true');
  findByName(search, credentials, nameSearchPage(credentials))
    .catch((error: unknown) => say(unreachable(error), 'error'))
    .finally(() => results.removeAttribute('aria-busy'));
});

forgetButton.addEventListener('click', () => {
  forgetCredentials();
  tokenInput.value = '';
  void purposesOffered('');
  accessSummary.textContent = '';
  access.open = true;
  results.replaceChildren();
  say('Token forgotten and the page cleared.');
  tokenInput.focus();
});
