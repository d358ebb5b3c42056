import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

let supergraph: RunningSupergraph;
let token: string;

beforeAll(async () => {
  supergraph = await startSupergraph((await seededDataDir()).dataDir);
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(() => supergraph.stop());

const LOOKUP = /* GraphQL */ `
  #graphql
  query Lookup($pncId: ID, $prisonNumber: ID) {
    offender(pncId: $pncId, prisonNumber: $prisonNumber) {
      pncId
      prisonNumber
      custody {
        status
      }
      magistratesCases {
        urn
      }
      visits {
        reference
      }
      confiscationOrders {
        accountNumber
      }
      timeline {
        summary
      }
    }
  }
`;

describe('looking an offender up', () => {
  it.each([
    [
      'both identifiers',
      { pncId: '2012/0052494Q', prisonNumber: 'A1234BC' },
      /exactly one of pncId or prisonNumber/,
    ],
    ['neither identifier', {}, /exactly one of pncId or prisonNumber/],
    [
      'a PNC ID with a wrong check character',
      { pncId: '2012/0052494A' },
      /check character should be Q, not A/,
    ],
    ['a malformed PNC ID', { pncId: '12-345' }, /is not a PNC ID/],
    [
      'a malformed prison number',
      { prisonNumber: 'A12345' },
      /not a valid prison number: expected the form A1234BC/,
    ],
  ])('refuses %s with BAD_USER_INPUT saying what is wrong', async (_case, variables, message) => {
    const response = await supergraph.queryAs(token, LOOKUP, variables);
    expect(response.data?.offender).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('gives an empty journey, not an error, for a well-formed PNC ID that no system knows', async () => {
    const response = await supergraph.queryAs(token, LOOKUP, { pncId: '12/394773H' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender).toEqual({
      pncId: '2012/0394773H',
      prisonNumber: null,
      custody: null,
      magistratesCases: [],
      visits: [],
      confiscationOrders: [],
      timeline: [],
    });
  });

  it('gives an empty journey for a well-formed prison number that no system knows', async () => {
    const response = await supergraph.queryAs(token, LOOKUP, { prisonNumber: 'Z9999ZZ' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender).toMatchObject({
      pncId: null,
      prisonNumber: 'Z9999ZZ',
      custody: null,
      timeline: [],
    });
  });

  it('answers an unknown field with a validation error and no internal details', async () => {
    const response = await supergraph.queryAs(token, '{ offender(pncId: "12/394773H") { secretField } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
