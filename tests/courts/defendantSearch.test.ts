import type { StoreDatabase } from '@lib/store/openDatabase';
import { queryPlans, scansATable } from '../support/queryPlans';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { addNamesakes, particularsOf, type Particulars } from './support/namesakes';

const SEARCH = /* GraphQL */ `
  #graphql
  query SearchByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
    offendersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
      pncId
      prisonNumber
      magistratesCases {
        defendant {
          firstName
          lastName
        }
      }
    }
  }
`;

interface Match {
  pncId: string;
  prisonNumber: string | null;
  magistratesCases: { defendant: { firstName: string; lastName: string } }[];
}

let supergraph: RunningSupergraph;
let caseworker: string;
let sample: { pncId: string; prisonNumber: string };
let person: Particulars;

beforeAll(async () => {
  const seeded = await seededDataDir();
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(seeded.dataDir);
  caseworker = await supergraph.tokenFor('offender-manager');
  person = await particularsOf(supergraph.courts.system.databases.magistrates.db, sample.pncId);
});

afterAll(() => supergraph.stop());

function search(variables: Record<string, unknown>, token = caseworker) {
  return supergraph.queryAs<{ offendersByNameAndDateOfBirth: Match[] | null }>(token, SEARCH, variables);
}

function magistrates() {
  return supergraph.courts.system.databases.magistrates.db;
}

describe('searching for a person by name and date of birth', () => {
  it('finds them whatever the case and surrounding spaces of the surname, with the rest of their journey', async () => {
    const response = await search({
      lastName: `  ${person.lastName.toUpperCase()} `,
      dateOfBirth: person.dateOfBirth,
    });
    expect(response.errors).toBeUndefined();
    const found = response.data?.offendersByNameAndDateOfBirth ?? [];
    expect(found.map((match) => match.pncId)).toContain(sample.pncId);
    // Found by the courts, joined to P-Nomis by PNC ID: the prison number comes from there.
    expect(found.find((match) => match.pncId === sample.pncId)?.prisonNumber).toBe(sample.prisonNumber);
  });

  it('narrows by first name, and finds no one under another first name or another date of birth', async () => {
    const narrowed = await search({
      lastName: person.lastName.toLowerCase(),
      firstName: ` ${person.firstName.toLowerCase()}`,
      dateOfBirth: person.dateOfBirth,
    });
    expect(narrowed.data?.offendersByNameAndDateOfBirth?.map((match) => match.pncId)).toContain(sample.pncId);
    const otherName = await search({
      lastName: person.lastName,
      firstName: `${person.firstName}x`,
      dateOfBirth: person.dateOfBirth,
    });
    expect(otherName.errors).toBeUndefined();
    expect(otherName.data?.offendersByNameAndDateOfBirth).toEqual([]);
    const otherDay = await search({ lastName: person.lastName, dateOfBirth: '1901-01-01' });
    expect(otherDay.data?.offendersByNameAndDateOfBirth).toEqual([]);
  });

  it('lists every namesake once, in PNC ID order, each as the court recorded them', async () => {
    const lastName = 'Namesake';
    const dateOfBirth = '1984-07-09';
    const pncIds = await addNamesakes(magistrates(), [
      { firstName: 'Ann', lastName, dateOfBirth },
      { firstName: 'Bea', lastName: 'NAMESAKE', dateOfBirth },
      { firstName: 'Ann', lastName, dateOfBirth: '1984-07-10' },
    ]);
    const response = await search({ lastName: 'namesake', dateOfBirth });
    const found = response.data?.offendersByNameAndDateOfBirth ?? [];
    expect(found.map((match) => match.pncId)).toEqual([pncIds[0], pncIds[1]].sort());
    expect(found.map((match) => match.magistratesCases[0]?.defendant.firstName).sort()).toEqual([
      'Ann',
      'Bea',
    ]);
    // Known only to the courts: no prison number.
    expect(found.map((match) => match.prisonNumber)).toEqual([null, null]);
    const bea = await search({ lastName, firstName: 'BEA', dateOfBirth });
    expect(bea.data?.offendersByNameAndDateOfBirth?.map((match) => match.pncId)).toEqual([pncIds[1]]);
  });

  it('finds names with letters beyond A-Z whatever their case, and however their accents were keyed', async () => {
    const dateOfBirth = '1979-11-23';
    const [zoe, lukasz] = await addNamesakes(magistrates(), [
      { firstName: 'Zoë', lastName: 'Ógáin', dateOfBirth },
      { firstName: 'ŁUKASZ', lastName: 'Wójcik', dateOfBirth },
    ]);
    const pncIdsFound = async (variables: Record<string, unknown>) => {
      const response = await search({ dateOfBirth, ...variables });
      expect(response.errors).toBeUndefined();
      return (response.data?.offendersByNameAndDateOfBirth ?? []).map((match) => match.pncId);
    };
    expect(await pncIdsFound({ lastName: 'ÓGÁIN', firstName: 'ZOË' })).toEqual([zoe]);
    expect(await pncIdsFound({ lastName: 'ógáin', firstName: 'zoë' })).toEqual([zoe]);
    // Keyed as a letter and a combining accent (NFD), as some keyboards and scanned forms give them.
    const decomposed = 'ÓGÁIN'.normalize('NFD');
    expect(decomposed).toHaveLength(7);
    expect(await pncIdsFound({ lastName: decomposed })).toEqual([zoe]);
    expect(await pncIdsFound({ lastName: 'WÓJCIK', firstName: 'Łukasz' })).toEqual([lukasz]);
    // Case is folded, accents are not: another spelling is another name.
    expect(await pncIdsFound({ lastName: 'Ogain' })).toEqual([]);
    // Mixed case, as a clerk might key it.
    expect(await pncIdsFound({ lastName: 'wÓjCiK', firstName: 'łUKASZ' })).toEqual([lukasz]);
  });

  it('returns up to 20 people and refuses a search that matches more, asking for the first name', async () => {
    const lastName = 'Manyfold';
    const dateOfBirth = '1990-02-03';
    const people = Array.from({ length: 20 }, (_, index) => ({
      firstName: `Kim${index}`,
      lastName,
      dateOfBirth,
    }));
    await addNamesakes(magistrates(), people);
    const twenty = await search({ lastName, dateOfBirth });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?.offendersByNameAndDateOfBirth).toHaveLength(20);

    await addNamesakes(magistrates(), [{ firstName: 'Kim20', lastName, dateOfBirth }]);
    const tooMany = await search({ lastName, dateOfBirth });
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MATCHES');
    expect(tooMany.errors?.[0]?.message).toBe(
      'More than 20 people match this name and date of birth: give the first name too',
    );
    const narrowed = await search({ lastName, firstName: 'kim20', dateOfBirth });
    expect(narrowed.data?.offendersByNameAndDateOfBirth).toHaveLength(1);

    // Twenty-one of them named alike: no name narrows it further.
    await addNamesakes(
      magistrates(),
      people.map((namesake) => ({ ...namesake, firstName: 'Kim20' })),
    );
    const alike = await search({ lastName, firstName: 'Kim20', dateOfBirth });
    expect(alike.errors?.[0]?.message).toBe(
      'More than 20 people match this name and date of birth: search by PNC ID or prison number',
    );
  });
});

describe('a search by name and date of birth that cannot be run', () => {
  it.each([
    [
      'an empty surname',
      { lastName: '   ', dateOfBirth: '1980-01-01' },
      /^Give the surname to search for/,
      'lastName',
    ],
    [
      'a surname longer than any court records',
      { lastName: 'x'.repeat(101), dateOfBirth: '1980-01-01' },
      /longer than the 100 characters/,
      'lastName',
    ],
    [
      'a date of birth in the future',
      { lastName: 'Smith', dateOfBirth: '2999-01-01' },
      /in the future$/,
      'dateOfBirth',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, variables, message, argument) => {
    const response = await search(variables);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([
    ['in day-month-year order', '09/07/1984', /YYYY-MM-DD/],
    ['that is not a calendar date', '1984-02-30', /1984-02-30 is not a calendar date/],
  ])('refuses a date of birth %s with BAD_USER_INPUT', async (_case, dateOfBirth, message) => {
    const response = await search({ lastName: 'Smith', dateOfBirth });
    expect(response.data?.offendersByNameAndDateOfBirth ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who may search by name and date of birth', () => {
  const variables = () => ({ lastName: person.lastName, dateOfBirth: person.dateOfBirth });

  it('refuses prison staff, whose scopes do not include the courts, without naming anyone', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
    const response = await search(variables(), staff);
    expect(response.data?.offendersByNameAndDateOfBirth ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(JSON.stringify(response)).not.toContain(sample.pncId);
  });

  it('refuses caseload-limited staff even with the courts scope, since the courts cannot tell where anyone is held', async () => {
    const staff = await supergraph.tokenFor('prison-staff', {
      caseload: 'LEI',
      scopes: 'courts:read custody:read',
    });
    const response = await search(variables(), staff);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('OUTSIDE_CASELOAD');
    expect(JSON.stringify(response)).not.toContain(sample.pncId);
  });

  it.each(['careers-service', 'financial-investigator'])(
    'refuses the %s partner, whose registered operations include no such search',
    async (agency) => {
      const response = await fetch(supergraph.gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await supergraph.tokenFor(agency)}`,
          'x-access-purpose': 'CASE_PREPARATION',
        },
        body: JSON.stringify({ query: SEARCH, variables: variables() }),
      });
      expect(response.status).toBe(403);
      const body = (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    },
  );
});

describe('the audit of a search by name and date of birth', () => {
  it('requires a stated purpose', async () => {
    const response = await supergraph.query(
      SEARCH,
      { lastName: 'Smith', dateOfBirth: '1980-01-01' },
      {
        authorization: `Bearer ${caseworker}`,
      },
    );
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  it('records who searched, why, and every person the search named', async () => {
    const purpose = 'Finding a defendant without a PNC ID for a pre-sentence report';
    const response = await supergraph.queryAs<{ offendersByNameAndDateOfBirth: Match[] }>(
      caseworker,
      SEARCH,
      { lastName: person.lastName, dateOfBirth: person.dateOfBirth },
      purpose,
    );
    const named = (response.data?.offendersByNameAndDateOfBirth ?? []).map((match) => match.pncId);
    expect(named).toContain(sample.pncId);
    const [record] = await supergraph.gateway.auditLog.store.consultationsOf(sample.pncId, { limit: 1 });
    expect(record).toMatchObject({
      agency: 'offender-manager',
      purpose: `SENTENCE_MANAGEMENT: ${purpose}`,
      operationName: 'SearchByName',
      outcome: 'SUCCESS',
    });
    expect(record?.offenders).toEqual(expect.arrayContaining(named));
    expect(record?.fields).toContain('Query.offendersByNameAndDateOfBirth');
  });
});

describe('the stores behind a search by name and date of birth', () => {
  it('find the defendants of both court systems through their name index, never a full table scan', async () => {
    const { magistrates: mags, crown } = supergraph.courts.system.databases as Record<
      'magistrates' | 'crown',
      StoreDatabase<unknown>
    >;
    for (const database of [mags, crown]) {
      database.statements.reset();
      database.statements.recording = true;
    }
    const response = await supergraph.queryAs(
      caseworker,
      '#graphql\n query Search($lastName: String!, $dateOfBirth: Date!) { offendersByNameAndDateOfBirth(lastName: $lastName, dateOfBirth: $dateOfBirth) { pncId } }',
      { lastName: person.lastName, dateOfBirth: person.dateOfBirth },
    );
    expect(response.errors).toBeUndefined();
    mags.statements.recording = false;
    crown.statements.recording = false;
    const [magistratesPlans, crownPlans] = await Promise.all([queryPlans(mags), queryPlans(crown)]);
    // The index is named in the plan only when it is used, on either engine.
    expect(magistratesPlans).toEqual([expect.stringContaining('magistrates_case_defendant_name_dob')]);
    expect(crownPlans).toEqual([expect.stringContaining('crown_case_defendant_name_dob')]);
    const scans = [...magistratesPlans, ...crownPlans].filter(scansATable);
    expect(scans).toEqual([]);
  });
});
