import { parse } from 'graphql';
import { linkPeople, peopleConsulted, readIdentityLinks } from '../../gateway/src/auditing/peopleConsulted';

// Identifiers that check: the same PNC ID in its long and short forms, prison numbers and CRO numbers.
const PNC = '2012/0394773H';
const PNC_SHORT = '12/394773H';
const OTHER_PNC = '2015/0123456U';
const CRO = '4521/03H';

function people(
  document: string,
  data: unknown,
  variables?: Record<string, unknown>,
  operationName?: string,
) {
  return peopleConsulted(parse(document), operationName ?? null, variables, data);
}

const person = (pncId: string | null, prisonNumber: string | null, croNumber: string | null = null) => ({
  pncId,
  prisonNumber,
  croNumber,
});

describe('the people an operation consulted, for its audit record', () => {
  it('joins the identifier asked for, in its long form, to those the answer shows for the same person', () => {
    const document = /* GraphQL */ `
      query Journey($pncId: ID) {
        offender(pncId: $pncId) {
          prisonNumber
          custody {
            croNumber
            status
          }
        }
      }
    `;
    const data = { offender: { prisonNumber: 'A1234BC', custody: { croNumber: CRO, status: 'REMAND' } } };

    expect(people(document, data, { pncId: PNC_SHORT })).toEqual([person(PNC, 'A1234BC', CRO)]);
  });

  it('keeps the identifier asked for when nothing came back', () => {
    const document = '{ offender(prisonNumber: "a1234bc") { custody { status } } }';
    expect(people(document, null)).toEqual([person(null, 'A1234BC')]);
    expect(people(document, { offender: null })).toEqual([person(null, 'A1234BC')]);
  });

  it('reads fields by name, not by the alias a caller chose', () => {
    const document = `{ offender(prisonNumber: "A1234BC") { id: pncId prisonNumber: lastName croNumber: firstName } }`;
    const data = { offender: { id: PNC, prisonNumber: 'Smith', croNumber: 'John' } };

    expect(people(document, data)).toEqual([person(PNC, 'A1234BC')]);
  });

  it('counts an identifier only when it is valid for its kind', () => {
    const document = '{ offender(pncId: "2012/0394773A") { prisonNumber custody { pncId croNumber } } }';
    const data = {
      offender: { prisonNumber: 'A1234BC', custody: { pncId: '12/12', croNumber: '29906/12K' } },
    };

    expect(people(document, data)).toEqual([person(null, 'A1234BC')]);
  });

  it('makes each item of a list a person of its own', () => {
    const document = `{ prisonersByNameAndDateOfBirth(lastName: "Smith", dateOfBirth: "1990-01-01") { pncId prisonNumber } }`;
    const data = {
      prisonersByNameAndDateOfBirth: [
        { pncId: PNC, prisonNumber: 'A1234BC' },
        { pncId: null, prisonNumber: 'B2345CD' },
      ],
    };

    expect(people(document, data)).toEqual([person(PNC, 'A1234BC'), person(null, 'B2345CD')]);
  });

  it('does not join two people reached from one answer, by root field or by disagreement', () => {
    const document = `{
      a: offender(pncId: "${PNC}") { prisonNumber custody { pncId croNumber } }
      b: offender(prisonNumber: "B2345CD") { pncId }
    }`;
    const data = {
      a: { prisonNumber: 'A1234BC', custody: { pncId: OTHER_PNC, croNumber: CRO } },
      b: { pncId: null },
    };

    expect(people(document, data)).toEqual([
      person(PNC, 'A1234BC'),
      person(OTHER_PNC, null, CRO),
      person(null, 'B2345CD'),
    ]);
  });

  it('follows named and inline fragments', () => {
    const document = `
      query Q { offender(pncId: "${PNC}") { ...Ids ... on Offender { custody { ...Cro } } } }
      fragment Ids on Offender { prisonNumber }
      fragment Cro on CustodyRecord { croNumber }
    `;
    const data = { offender: { prisonNumber: 'A1234BC', custody: { croNumber: CRO } } };

    expect(people(document, data, undefined, 'Q')).toEqual([person(PNC, 'A1234BC', CRO)]);
  });

  it('reads identifiers from input objects, each object of a list as its own person', () => {
    const document = `mutation Book($input: BookVisitInput!) { bookVisit(input: $input) { reference prisonNumber } }`;
    const variables = {
      input: {
        prisonNumber: 'A1234BC',
        visitors: [{ firstName: 'Ann' }],
        others: [{ prisonNumber: 'B2345CD' }],
      },
    };
    const data = { bookVisit: { reference: 'ab-cd-ef-gh', prisonNumber: 'A1234BC' } };

    expect(people(document, data, variables)).toEqual([person(null, 'A1234BC'), person(null, 'B2345CD')]);
  });

  it('finds nobody in an operation that names no one', () => {
    expect(people('{ court(code: "C13LS00") { name } }', { court: { name: 'Leeds' } })).toEqual([]);
  });

  it('adds what a system of record links to the people, joining only those it agrees with', () => {
    const links = readIdentityLinks([
      { pncId: PNC, prisonNumber: 'A1234BC', croNumber: CRO },
      { pncId: null, prisonNumber: 'B2345CD', croNumber: null },
      { pncId: 'junk', prisonNumber: 42, croNumber: null },
      'not a link',
    ]);
    expect(links).toEqual([person(PNC, 'A1234BC', CRO), person(null, 'B2345CD')]);

    // Asked by prison number, shown nothing else: P-Nomis's link adds the PNC ID and CRO number.
    expect(linkPeople([person(null, 'A1234BC')], links)).toEqual([
      person(PNC, 'A1234BC', CRO),
      person(null, 'B2345CD'),
    ]);
    // A person who disagrees with the link (another PNC ID for the prison number) is kept apart from it.
    expect(linkPeople([person(OTHER_PNC, 'A1234BC')], links.slice(0, 1))).toEqual([
      person(PNC, 'A1234BC', CRO),
      person(OTHER_PNC, 'A1234BC'),
    ]);
  });
});
