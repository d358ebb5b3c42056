import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import { queryPlans, scansATable } from '../support/queryPlans';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { addPrisoners } from './support/prisoners';

const SEARCH = /* GraphQL */ `
  #graphql
  query PrisonerSearchByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
    prisonersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
      prisonNumber
      pncId
      custody {
        firstName
        lastName
        status
        currentPrison {
          code
        }
      }
    }
  }
`;

interface Match {
  prisonNumber: string;
  pncId: string | null;
  custody: { firstName: string; lastName: string; status: string; currentPrison: { code: string } | null };
}

type SearchData = { prisonersByNameAndDateOfBirth: Match[] | null };

/** A person P-Nomis holds, with what a search for them is made of and where they are (or were last) held. */
interface Held {
  prisonNumber: string;
  pncId: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  prisonCode: string;
}

let supergraph: RunningSupergraph;
let caseworker: string;
let held: Held;
let released: Held;
let remand: Held;

function pnomisDatabase(): StoreDatabase<PnomisTables> {
  return supergraph.pnomis.system.database;
}

/** A person's P-Nomis record and the prison of their latest booking, read past the graph. */
async function heldPerson(prisonNumber: string): Promise<Held> {
  const { db } = pnomisDatabase();
  const record = await db
    .selectFrom('offender')
    .selectAll()
    .where('prisonNumber', '=', prisonNumber)
    .executeTakeFirstOrThrow();
  const booking = await db
    .selectFrom('booking')
    .select('prisonCode')
    .where('prisonNumber', '=', prisonNumber)
    .orderBy('beganOn', 'desc')
    .executeTakeFirstOrThrow();
  return { ...record, prisonCode: booking.prisonCode };
}

beforeAll(async () => {
  const seeded = await seededDataDir();
  const { fullJourney, releasedWithConfiscation, remandPrisoner } = seeded.manifest.samples;
  if (!fullJourney[0] || !releasedWithConfiscation[0] || !remandPrisoner[0])
    throw new Error('samples missing');
  supergraph = await startSupergraph(seeded.dataDir);
  caseworker = await supergraph.tokenFor('offender-manager');
  [held, released, remand] = await Promise.all([
    heldPerson(fullJourney[0].prisonNumber),
    heldPerson(releasedWithConfiscation[0].prisonNumber),
    heldPerson(remandPrisoner[0].prisonNumber),
  ]);
});

afterAll(() => supergraph.stop());

function search(variables: Record<string, unknown>, token = caseworker, purpose?: string) {
  return supergraph.queryAs<SearchData>(token, SEARCH, variables, purpose);
}

function staffOf(caseload: string) {
  return supergraph.tokenFor('prison-staff', { caseload });
}

/** A prison in the register other than the one given. */
function otherPrisonThan(code: string): string {
  return code === 'LEI' ? 'MDI' : 'LEI';
}

function found(response: { data?: SearchData | null }): string[] {
  return (response.data?.prisonersByNameAndDateOfBirth ?? []).map((match) => match.prisonNumber);
}

describe('searching P-Nomis for a person by name and date of birth', () => {
  it('finds a prisoner whatever the case and surrounding spaces of the surname, with their custody record', async () => {
    const response = await search({
      lastName: ` ${held.lastName.toUpperCase()}  `,
      dateOfBirth: held.dateOfBirth,
    });
    expect(response.errors).toBeUndefined();
    const match = response.data?.prisonersByNameAndDateOfBirth?.find(
      (m) => m.prisonNumber === held.prisonNumber,
    );
    expect(match).toEqual({
      prisonNumber: held.prisonNumber,
      pncId: held.pncId,
      custody: {
        firstName: held.firstName,
        lastName: held.lastName,
        status: expect.stringMatching(/^(REMAND|SENTENCED)$/) as string,
        currentPrison: { code: held.prisonCode },
      },
    });
  });

  it('finds names with letters beyond A-Z whatever their case, and however their accents were keyed', async () => {
    const dateOfBirth = '1979-11-23';
    const bookings = [{ prisonCode: 'LEI', beganOn: '2026-01-05' }];
    const [zoe, lukasz] = await addPrisoners(pnomisDatabase().db, [
      { firstName: 'Zoë', lastName: 'Ógáin', dateOfBirth, bookings },
      { firstName: 'ŁUKASZ', lastName: 'WÓJCIK', dateOfBirth, bookings },
    ]);
    const searchFinds = async (variables: Record<string, unknown>) => {
      const response = await search({ dateOfBirth, ...variables });
      expect(response.errors).toBeUndefined();
      return found(response);
    };
    expect(await searchFinds({ lastName: 'ÓGÁIN', firstName: 'ZOË' })).toEqual([zoe]);
    expect(await searchFinds({ lastName: 'ógáin' })).toEqual([zoe]);
    // Keyed as letters and combining accents (NFD), as some keyboards and scanned forms give them.
    expect(
      await searchFinds({ lastName: 'Ógáin'.normalize('NFD'), firstName: 'Zoë'.normalize('NFD') }),
    ).toEqual([zoe]);
    expect(await searchFinds({ lastName: 'Wójcik', firstName: 'Łukasz' })).toEqual([lukasz]);
    // Case is folded, accents are not: another spelling is another name.
    expect(await searchFinds({ lastName: 'Wojcik' })).toEqual([]);
    // Prison staff of the prison holding them find them too.
    expect(found(await search({ lastName: 'WÓJCIK', dateOfBirth }, await staffOf('LEI')))).toEqual([lukasz]);
  });

  it('finds a remand prisoner whom no court knows by PNC ID, and joins the rest of their journey by prison number', async () => {
    const response = await supergraph.queryAs<{
      prisonersByNameAndDateOfBirth: {
        prisonNumber: string;
        pncId: string | null;
        timeline: unknown[] | null;
      }[];
    }>(
      caseworker,
      '#graphql\n query RemandByName($lastName: String!, $dateOfBirth: Date!) { prisonersByNameAndDateOfBirth(lastName: $lastName, dateOfBirth: $dateOfBirth) { prisonNumber pncId timeline { kind } } }',
      { lastName: remand.lastName, dateOfBirth: remand.dateOfBirth },
    );
    expect(response.errors).toBeUndefined();
    const match = response.data?.prisonersByNameAndDateOfBirth.find(
      (m) => m.prisonNumber === remand.prisonNumber,
    );
    expect(match?.pncId).toBeNull();
    expect(match?.timeline?.length).toBeGreaterThan(0);
  });

  it('narrows by first name, and finds no one under another first name or another date of birth', async () => {
    const narrowed = await search({
      lastName: held.lastName.toLowerCase(),
      firstName: ` ${held.firstName.toUpperCase()} `,
      dateOfBirth: held.dateOfBirth,
    });
    expect(found(narrowed)).toContain(held.prisonNumber);
    const otherName = await search({
      lastName: held.lastName,
      firstName: `${held.firstName}x`,
      dateOfBirth: held.dateOfBirth,
    });
    expect(otherName.errors).toBeUndefined();
    expect(otherName.data?.prisonersByNameAndDateOfBirth).toEqual([]);
    const otherDay = await search({ lastName: held.lastName, dateOfBirth: '1901-01-01' });
    expect(otherDay.data?.prisonersByNameAndDateOfBirth).toEqual([]);
  });
});

describe('a search by prison staff, limited to their caseload', () => {
  it('finds a prisoner held at a prison of the caseload, and not one held elsewhere, without a word about them', async () => {
    const variables = { lastName: held.lastName, dateOfBirth: held.dateOfBirth };
    const ownStaff = await search(variables, await staffOf(held.prisonCode));
    expect(found(ownStaff)).toContain(held.prisonNumber);

    const elsewhere = await search(variables, await staffOf(otherPrisonThan(held.prisonCode)));
    expect(elsewhere.errors).toBeUndefined();
    expect(found(elsewhere)).not.toContain(held.prisonNumber);
    expect(JSON.stringify(elsewhere)).not.toContain(held.prisonNumber);
  });

  it('tells namesakes apart by where they are held, and a released person by where they were last held', async () => {
    const lastName = 'Caseloadsake';
    const dateOfBirth = '1985-03-14';
    const [atLeeds, atMoorland, releasedFromLeeds, movedOnFromLeeds] = await addPrisoners(
      pnomisDatabase().db,
      [
        { firstName: 'Ann', lastName, dateOfBirth, bookings: [{ prisonCode: 'LEI', beganOn: '2026-01-05' }] },
        { firstName: 'Bea', lastName, dateOfBirth, bookings: [{ prisonCode: 'MDI', beganOn: '2026-02-05' }] },
        {
          firstName: 'Cal',
          lastName,
          dateOfBirth,
          bookings: [
            { prisonCode: 'MDI', beganOn: '2019-04-01', endedOn: '2020-04-01' },
            { prisonCode: 'LEI', beganOn: '2023-05-01', endedOn: '2025-05-01' },
          ],
        },
        {
          firstName: 'Dee',
          lastName,
          dateOfBirth,
          bookings: [
            { prisonCode: 'LEI', beganOn: '2019-04-01', endedOn: '2020-04-01' },
            { prisonCode: 'MDI', beganOn: '2024-05-01' },
          ],
        },
      ],
    );
    const variables = { lastName: lastName.toLowerCase(), dateOfBirth };

    const leeds = await search(variables, await staffOf('LEI'));
    expect(leeds.errors).toBeUndefined();
    expect(found(leeds)).toEqual([atLeeds, releasedFromLeeds].sort());
    expect(
      leeds.data?.prisonersByNameAndDateOfBirth?.find((m) => m.prisonNumber === releasedFromLeeds),
    ).toMatchObject({
      custody: { status: 'RELEASED', currentPrison: null },
    });

    const moorland = await search(variables, await staffOf('MDI'));
    expect(found(moorland)).toEqual([atMoorland, movedOnFromLeeds].sort());
    // Staff of both prisons see everyone held at either; a caller with no caseload sees everyone.
    expect(found(await search(variables, await staffOf('LEI,MDI')))).toHaveLength(4);
    expect(found(await search(variables))).toHaveLength(4);
    expect(found(await search(variables, await staffOf('BWI')))).toEqual([]);
  });

  it('finds a released person in the seeded data for the staff of their last prison only', async () => {
    const variables = { lastName: released.lastName, dateOfBirth: released.dateOfBirth };
    const lastPrison = await search(variables, await staffOf(released.prisonCode));
    expect(
      lastPrison.data?.prisonersByNameAndDateOfBirth?.find((m) => m.prisonNumber === released.prisonNumber),
    ).toMatchObject({ custody: { status: 'RELEASED' } });
    const other = await search(variables, await staffOf(otherPrisonThan(released.prisonCode)));
    expect(found(other)).not.toContain(released.prisonNumber);
  });

  it('counts towards the limit of 20 only the people in the caseload', async () => {
    const lastName = 'Crowdsake';
    const dateOfBirth = '1991-06-07';
    const at = (prisonCode: string, count: number, from = 0) =>
      Array.from({ length: count }, (_, index) => ({
        firstName: `Kim${from + index}`,
        lastName,
        dateOfBirth,
        bookings: [{ prisonCode, beganOn: '2026-03-01' }],
      }));
    await addPrisoners(pnomisDatabase().db, [...at('LEI', 20), ...at('MDI', 3, 100)]);
    const variables = { lastName, dateOfBirth };

    const leeds = await search(variables, await staffOf('LEI'));
    expect(leeds.errors).toBeUndefined();
    expect(found(leeds)).toHaveLength(20);
    expect(found(await search(variables, await staffOf('MDI')))).toHaveLength(3);

    // Twenty-three in all: too many for a caller with no caseload, who must give the first name.
    const everyone = await search(variables);
    expect(everyone.data).toBeNull();
    expect(everyone.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MATCHES');
    expect(everyone.errors?.[0]?.message).toBe(
      'More than 20 people match this name and date of birth: give the first name too',
    );
    expect(found(await search({ ...variables, firstName: 'kim101' }))).toHaveLength(1);

    await addPrisoners(pnomisDatabase().db, at('LEI', 1, 20));
    const tooMany = await search(variables, await staffOf('LEI'));
    expect(tooMany.errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_MATCHES']);
    expect(found(await search(variables, await staffOf('MDI')))).toHaveLength(3);
  });
});

describe('a search of P-Nomis by name and date of birth that cannot be run', () => {
  it.each([
    [
      'an empty surname',
      { lastName: '  ', dateOfBirth: '1980-01-01' },
      /^Give the surname to search for/,
      'lastName',
    ],
    [
      'a surname longer than P-Nomis records',
      { lastName: 'x'.repeat(101), dateOfBirth: '1980-01-01' },
      /^The surname is longer than the 100 characters P-Nomis records$/,
      'lastName',
    ],
    [
      'a first name longer than P-Nomis records',
      { lastName: 'Smith', firstName: 'y'.repeat(101), dateOfBirth: '1980-01-01' },
      /^The first name is longer than the 100 characters/,
      'firstName',
    ],
    [
      'a date of birth in the future',
      { lastName: 'Smith', dateOfBirth: '2999-01-01' },
      /in the future$/,
      'dateOfBirth',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, variables, message, argument) => {
    const response = await search(variables, await staffOf('LEI'));
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it.each([
    ['in day-month-year order', '14/03/1985', /YYYY-MM-DD/],
    ['that is not a calendar date', '1985-02-30', /1985-02-30 is not a calendar date/],
  ])('refuses a date of birth %s with BAD_USER_INPUT', async (_case, dateOfBirth, message) => {
    const response = await search({ lastName: 'Smith', dateOfBirth });
    expect(response.data?.prisonersByNameAndDateOfBirth ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is not for a caller without custody:read, who is told so and shown no one', async () => {
    const courtsOnly = await supergraph.tokenFor('offender-manager', { scopes: 'courts:read' });
    const response = await search({ lastName: held.lastName, dateOfBirth: held.dateOfBirth }, courtsOnly);
    expect(response.data?.prisonersByNameAndDateOfBirth ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(JSON.stringify(response)).not.toContain(held.prisonNumber);
  });
});

describe('the audit of a search of P-Nomis by name and date of birth', () => {
  it('records who searched, why, and every person the search named, and no one it did not name', async () => {
    const purpose = `Finding a prisoner by name for a visit request ${Date.now()}`;
    const staff = await staffOf(held.prisonCode);
    const response = await search({ lastName: held.lastName, dateOfBirth: held.dateOfBirth }, staff, purpose);
    const named = found(response);
    expect(named).toContain(held.prisonNumber);
    const [record] = await supergraph.gateway.auditLog.store.consultationsOf(held.prisonNumber, { limit: 1 });
    expect(record).toMatchObject({
      agency: 'prison-staff',
      purpose: `SENTENCE_MANAGEMENT: ${purpose}`,
      operationName: 'PrisonerSearchByName',
      outcome: 'SUCCESS',
    });
    expect(record?.offenders).toEqual(expect.arrayContaining(named));
    expect(record?.fields).toContain('Query.prisonersByNameAndDateOfBirth');

    // Staff of another prison found no one: the audit names no one for their search.
    const otherPurpose = `${purpose} elsewhere`;
    await search(
      { lastName: held.lastName, dateOfBirth: held.dateOfBirth },
      await staffOf(otherPrisonThan(held.prisonCode)),
      otherPurpose,
    );
    const consultations = await supergraph.gateway.auditLog.store.consultationsOf(held.prisonNumber, {
      limit: 5,
    });
    expect(consultations.map((consultation) => consultation.purpose)).not.toContain(
      `SENTENCE_MANAGEMENT: ${otherPurpose}`,
    );
  });
});

describe('the store behind a search of P-Nomis by name and date of birth', () => {
  it.each([
    ['a caller with no caseload', () => caseworker],
    ['prison staff', () => staffOf('LEI,MDI')],
  ])('finds the people through the name index, never a full table scan, for %s', async (_case, token) => {
    const database = pnomisDatabase();
    database.statements.reset();
    database.statements.recording = true;
    const response = await supergraph.queryAs(
      await token(),
      '#graphql\n query Search($lastName: String!, $firstName: String, $dateOfBirth: Date!) { prisonersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) { prisonNumber } }',
      { lastName: held.lastName, firstName: held.firstName, dateOfBirth: held.dateOfBirth },
    );
    database.statements.recording = false;
    expect(response.errors).toBeUndefined();
    const plans = await queryPlans(database);
    expect(plans).toEqual([expect.stringContaining('offender_name_dob')]);
    expect(plans.filter(scansATable)).toEqual([]);
  });
});
