import { claimedScopes, claimsCaseload } from './credentials';
import type { Lookup } from './identifier';
import type { NameMatch } from './nameSearch';

/** One of the gateway's searches by name and date of birth, and how the page speaks of it. */
export interface NameSearchSource {
  /** The records searched, as the caseworker is told: "court records". */
  records: string;
  /** The operation, sent with the search as variables in a POST body, never in a URL. */
  query: string;
  /** The root field the operation answers in. */
  field: 'offendersByNameAndDateOfBirth' | 'prisonersByNameAndDateOfBirth';
  /** What to say when no one matched. */
  noneFound: string;
  /** What a list of matches says about the names it shows. */
  namesNote: string;
  /** How a person matched is looked up for their page. */
  lookupOf(match: NameMatch): Lookup;
}

const CHECK = 'Check the spelling and the date, or search by PNC ID or prison number.';

/**
 * The courts' search, with just enough about each person to choose between namesakes: the name as each court
 * recorded it, the identifiers, and the courts that know them. Every person it returns has a PNC ID.
 */
const COURTS: NameSearchSource = {
  records: 'court records',
  query: `query CaseworkerSearchByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
  offendersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
    pncId
    prisonNumber
    magistratesCases { chargedOn court { name } defendant { firstName lastName dateOfBirth } }
    crownCourtCases { receivedOn court { name } defendant { firstName lastName dateOfBirth } }
  }
}`,
  field: 'offendersByNameAndDateOfBirth',
  noneFound: `No one the courts know has that surname and date of birth. ${CHECK}`,
  namesNote: 'Courts record names as given at the time; check the date of birth and the case.',
  lookupOf: (match) => (match.pncId ? { pncId: match.pncId } : { prisonNumber: match.prisonNumber ?? '' }),
};

/** P-Nomis's search, with each person's custody record: the name P-Nomis holds and where they are held. */
function pnomis(caseload: boolean): NameSearchSource {
  return {
    records: 'prison records',
    query: `query CaseworkerSearchPrisonersByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
  prisonersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
    pncId
    prisonNumber
    custody { firstName lastName dateOfBirth status currentPrison { name } bookings { endedOn prison { name } } }
  }
}`,
    field: 'prisonersByNameAndDateOfBirth',
    noneFound: caseload
      ? `No one held, or last held, at a prison in your caseload has that surname and date of birth. ${CHECK}`
      : `No one P-Nomis knows has that surname and date of birth. ${CHECK}`,
    namesNote: 'P-Nomis records names as given on admission; check the date of birth and the prison.',
    // Everyone P-Nomis returns has a prison number, the key of the record found; not everyone has a PNC ID.
    lookupOf: (match) =>
      match.prisonNumber ? { prisonNumber: match.prisonNumber } : { pncId: match.pncId ?? '' },
  };
}

/**
 * The search by name a token can run: the courts' for a token that reads court records, P-Nomis's for one that
 * reads custody records only, or is limited to a caseload (the courts refuse such callers, since they cannot
 * tell where anyone is held; P-Nomis finds the people of the caseload). Null when it can run neither.
 */
export function nameSearchSourceFor(token: string): NameSearchSource | null {
  const scopes = claimedScopes(token);
  const caseload = claimsCaseload(token);
  if (scopes.has('custody:read') && (caseload || !scopes.has('courts:read'))) return pnomis(caseload);
  return scopes.has('courts:read') ? COURTS : null;
}
