import type { StoreDatabase } from '@lib/store/openDatabase';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import { queryPlans, scansATable } from '../support/queryPlans';

let supergraph: RunningSupergraph;
let token: string;
let busiestPrison: string;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(seeded.dataDir);
  token = await supergraph.tokenFor('offender-manager');
  const busiest = await supergraph.pnomis.system.database.db
    .selectFrom('booking')
    .select(['prisonCode'])
    .select((eb) => eb.fn.countAll<number>().as('held'))
    .where('active', '=', 1)
    .groupBy('prisonCode')
    .orderBy('held', 'desc')
    .executeTakeFirstOrThrow();
  expect(Number(busiest.held)).toBeGreaterThanOrEqual(12);
  busiestPrison = busiest.prisonCode;
});

afterAll(() => supergraph.stop());

const PRISONERS_WITH_JOURNEYS = /* GraphQL */ `
  #graphql
  query PrisonersWithJourneys($code: ID!, $first: Int!) {
    prison(code: $code) {
      name
      prisoners(first: $first) {
        prisonNumber
        custody {
          bookings {
            movements {
              type
            }
            sentences {
              termMonths
            }
          }
        }
        magistratesCases {
          urn
          offences {
            code
          }
          hearings {
            startsAt
          }
        }
        crownCourtCases {
          caseNumber
          hearings {
            startsAt
          }
        }
        visits {
          reference
          visitors {
            firstName
          }
        }
        confiscationOrders {
          accountNumber
          balance
        }
        timeline {
          summary
        }
      }
    }
  }
`;

async function statementsFor(first: number): Promise<number> {
  supergraph.resetStatementCount();
  const response = await supergraph.queryAs<{ prison: { prisoners: unknown[] } }>(
    token,
    PRISONERS_WITH_JOURNEYS,
    {
      code: busiestPrison,
      first,
    },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.prison.prisoners).toHaveLength(first);
  return supergraph.statementCount();
}

describe('entity resolution across the gateway', () => {
  it('runs the same number of SQL statements for 2 prisoners as for 12: one per table touched', async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(12);
    console.log(
      `SQL statements for a prison list with journeys: 2 prisoners -> ${few}, 12 prisoners -> ${many}`,
    );
    expect(many).toBe(few);
  });
});

describe('the stores behind a journey', () => {
  it('answer every lookup through an index, never a full table scan', async () => {
    const databases = [
      supergraph.courts.system.databases.magistrates,
      supergraph.courts.system.databases.crown,
      supergraph.pnomis.system.database,
      supergraph.visits.system.database,
      supergraph.confiscation.system.database,
    ] as StoreDatabase<unknown>[];
    databases.forEach((database) => {
      database.statements.reset();
      database.statements.recording = true;
    });
    const response = await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId });
    expect(response.errors).toBeUndefined();
    databases.forEach((database) => (database.statements.recording = false));
    const plans = (await Promise.all(databases.map((database) => queryPlans(database)))).flat();
    expect(plans.length).toBeGreaterThan(5);
    const scans = plans.filter(scansATable);
    expect(scans).toEqual([]);
  });
});
