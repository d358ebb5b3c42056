import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import {
  errorCode,
  freshCroNumber,
  freshKey,
  freshPncId,
  hoursAgo,
  movementCalls,
  newPerson,
  peopleNamed,
  recordOf,
} from './support/movementCalls';

let supergraph: RunningSupergraph;
let calls: ReturnType<typeof movementCalls>;
let leeds: string;
let moorland: string;

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  calls = movementCalls(supergraph);
  leeds = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
  moorland = await supergraph.tokenFor('prison-staff', { caseload: 'MDI' });
}, 60_000);

afterAll(() => supergraph?.stop());

/** The first error's extensions: its code, the argument to correct, the prison number it names, if any. */
const refusalOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions ?? {};

describe('a person received twice', () => {
  it('refuses a second reception of someone with no PNC ID who is in custody, matched by name and date of birth; a replay with the key answers the first', async () => {
    const person = await newPerson(supergraph, { pncId: null });
    const reception = {
      newPerson: person,
      prisonCode: 'LEI',
      occurredAt: hoursAgo(3),
      idempotencyKey: freshKey(),
    };
    const first = recordOf(await calls.receive(leeds, reception), 'recordPrisonReception');
    const replayed = recordOf(await calls.receive(leeds, reception), 'recordPrisonReception');
    expect(replayed).toMatchObject({ prisonNumber: first.prisonNumber, replayed: true });
    expect(replayed.booking.bookingNumber).toBe(first.booking.bookingNumber);

    // Keyed again by a clerk, the names in capitals as on a warrant: the same person, in custody at Leeds.
    const again = await calls.receive(leeds, {
      newPerson: {
        ...person,
        firstName: person.firstName.toUpperCase(),
        lastName: person.lastName.toUpperCase(),
      },
      prisonCode: 'LEI',
      idempotencyKey: freshKey(),
    });
    expect(refusalOf(again)).toMatchObject({
      code: 'PRISONER_ALREADY_IN_CUSTODY',
      argument: 'newPerson',
      prisonNumber: first.prisonNumber,
    });
    expect(again.errors?.[0]?.message).toContain(first.prisonNumber);
    // Moorland's staff are refused too, and not told the prison number of someone Leeds holds.
    const elsewhere = await calls.receive(moorland, {
      newPerson: person,
      prisonCode: 'MDI',
      idempotencyKey: freshKey(),
    });
    expect(errorCode(elsewhere)).toBe('PRISONER_ALREADY_IN_CUSTODY');
    expect(JSON.stringify(elsewhere.errors)).not.toContain(first.prisonNumber);
    expect(await peopleNamed(supergraph, person.lastName)).toHaveLength(1);

    // Someone else of that name and date of birth is told apart by a PNC ID or CRO number, and received.
    const pncId = await freshPncId(supergraph);
    const croNumber = await freshCroNumber(supergraph);
    for (const identifier of [{ pncId }, { croNumber }]) {
      const other = recordOf(
        await calls.receive(moorland, {
          newPerson: { ...person, ...identifier },
          prisonCode: 'MDI',
          idempotencyKey: freshKey(),
        }),
        'recordPrisonReception',
      );
      expect(other.prisonNumber).not.toBe(first.prisonNumber);
    }
    expect(await peopleNamed(supergraph, person.lastName)).toHaveLength(3);
  });

  it('refuses a new record of a released person matched by name and date of birth (PERSON_ALREADY_RECORDED): they are received again by their prison number', async () => {
    const person = await newPerson(supergraph, { pncId: null });
    const first = recordOf(
      await calls.receive(leeds, {
        newPerson: person,
        prisonCode: 'LEI',
        occurredAt: hoursAgo(3),
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    recordOf(
      await calls.release(leeds, {
        prisonNumber: first.prisonNumber,
        prisonCode: 'LEI',
        occurredAt: hoursAgo(2),
        idempotencyKey: freshKey(),
      }),
      'releasePrisoner',
    );
    const reception = { prisonCode: 'LEI', occurredAt: hoursAgo(1), status: 'SENTENCED' };
    const asNew = await calls.receive(leeds, { ...reception, newPerson: person, idempotencyKey: freshKey() });
    expect(refusalOf(asNew)).toMatchObject({
      code: 'PERSON_ALREADY_RECORDED',
      argument: 'newPerson',
      prisonNumber: first.prisonNumber,
    });
    const returned = recordOf(
      await calls.receive(leeds, {
        ...reception,
        prisonNumber: first.prisonNumber,
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    expect(returned.prisonNumber).toBe(first.prisonNumber);
    expect(await peopleNamed(supergraph, person.lastName)).toHaveLength(1);
  });

  it('refuses a new person whose CRO number P-Nomis already holds (CRO_NUMBER_ALREADY_RECORDED), whatever the names', async () => {
    const croNumber = await freshCroNumber(supergraph);
    const person = await newPerson(supergraph, { pncId: null, croNumber });
    const first = recordOf(
      await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
      'recordPrisonReception',
    );
    const renamed = { ...person, firstName: 'Someone', lastName: `${person.lastName}x` };
    for (const newcomer of [renamed, { ...renamed, pncId: await freshPncId(supergraph) }]) {
      const twice = await calls.receive(leeds, {
        newPerson: newcomer,
        prisonCode: 'LEI',
        idempotencyKey: freshKey(),
      });
      expect(refusalOf(twice)).toMatchObject({
        code: 'CRO_NUMBER_ALREADY_RECORDED',
        argument: 'croNumber',
        prisonNumber: first.prisonNumber,
      });
    }
    const elsewhere = await calls.receive(moorland, {
      newPerson: renamed,
      prisonCode: 'MDI',
      idempotencyKey: freshKey(),
    });
    expect(errorCode(elsewhere)).toBe('CRO_NUMBER_ALREADY_RECORDED');
    expect(JSON.stringify(elsewhere.errors)).not.toContain(first.prisonNumber);
    expect(await peopleNamed(supergraph, renamed.lastName)).toHaveLength(0);
  });

  it('names the prison number a held PNC ID belongs to, to the staff of the prison holding the person', async () => {
    const person = await newPerson(supergraph);
    const first = recordOf(
      await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
      'recordPrisonReception',
    );
    const twice = await calls.receive(leeds, {
      newPerson: { ...person, firstName: 'Someone' },
      prisonCode: 'LEI',
      idempotencyKey: freshKey(),
    });
    expect(refusalOf(twice)).toMatchObject({
      code: 'PNC_ID_ALREADY_RECORDED',
      argument: 'pncId',
      prisonNumber: first.prisonNumber,
    });
  });
});

describe('a person whose names have letters beyond A-Z', () => {
  const SEARCH = /* GraphQL */ `
    #graphql
    query ReceivedByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
      prisonersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
        prisonNumber
      }
    }
  `;

  it.each([
    ['in mixed case, keyed again in capitals', { firstName: 'Zoë', lastName: 'Ógáin' }, 'toUpperCase'],
    ['in capitals, keyed again in mixed case', { firstName: 'ŁUKASZ', lastName: 'WÓJCIK' }, 'toLowerCase'],
  ] as const)(
    'is matched by name and date of birth when recorded %s, and found by a search as keyed',
    async (_case, names, rekey) => {
      const base = await newPerson(supergraph, { pncId: null });
      const person = { ...base, firstName: names.firstName, lastName: `${names.lastName}-${base.lastName}` };
      const first = recordOf(
        await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
        'recordPrisonReception',
      );
      const keyedAgain = {
        ...person,
        firstName: person.firstName[rekey](),
        lastName: person.lastName[rekey](),
      };
      expect(keyedAgain.lastName).not.toBe(person.lastName);

      const again = await calls.receive(leeds, {
        newPerson: keyedAgain,
        prisonCode: 'LEI',
        idempotencyKey: freshKey(),
      });
      expect(refusalOf(again)).toMatchObject({
        code: 'PRISONER_ALREADY_IN_CUSTODY',
        prisonNumber: first.prisonNumber,
      });
      expect(await peopleNamed(supergraph, person.lastName)).toHaveLength(1);

      const found = await supergraph.queryAs<{ prisonersByNameAndDateOfBirth: { prisonNumber: string }[] }>(
        leeds,
        SEARCH,
        { lastName: keyedAgain.lastName, firstName: keyedAgain.firstName, dateOfBirth: person.dateOfBirth },
      );
      expect(found.errors).toBeUndefined();
      expect(found.data?.prisonersByNameAndDateOfBirth).toEqual([{ prisonNumber: first.prisonNumber }]);
    },
  );
});
