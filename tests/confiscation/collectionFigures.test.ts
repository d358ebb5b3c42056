import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { handmadeDataDir, orderRow } from './support/handmadeStores';

/**
 * A small data set with known answers, taken at 30 June 2026 with interest at 8%. Orders whose time to pay ended
 * on 30 June 2025 have run exactly 365 days in default, so their interest is 8% of what they left unpaid.
 *
 * | order      | court (region)       | made       | ordered    | due        | paid by asOf | interest   | notes |
 * | 260000001A | B01LO00 (London)     | 2024-05-10 |     800.00 |     800.00 |       800.00 |          0 | paid in time |
 * | 260000002B | B01SK00 (London)     | 2025-02-20 |   5,000.00 |   5,000.00 |     2,000.00 |     240.00 | |
 * | 260000003C | B03BM00 (Midlands)   | 2025-03-31 |  50,000.00 |  50,000.00 |    10,000.00 |   3,200.00 | a later payment is after asOf |
 * | 260000004D | B03BM00 (Midlands)   | 2025-04-01 | 250,000.00 | 250,000.00 |            0 |          - | written off 2026-01-15 |
 * | 260000005E | B24CF00 (Wales)      | 2025-06-01 |  2,000,000 |  1,500,000 |      500,000 |  80,000.00 | varied down on 2025-06-15 |
 * | 260000006F | B24CF00 (Wales)      | 2026-07-15 |     100.00 |          - |            - |          - | made after asOf: left out |
 * | 260000007G | B01LO00 (London)     | 2026-05-01 |   1,000.00 |   1,000.00 |            0 |          0 | still in time to pay |
 */
const AS_OF = '2026-06-30';

let supergraph: RunningSupergraph;
let analyst: string;

beforeAll(async () => {
  const inDefaultFor365Days = { timeToPayEnds: '2025-06-30' };
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: '260000001A',
        enforcingCourtCode: 'B01LO00',
        orderedOn: '2024-05-10',
        amountOrderedPence: 80_000,
        timeToPayEnds: '2024-08-10',
      }),
      orderRow({
        accountNumber: '260000002B',
        enforcingCourtCode: 'B01SK00',
        orderedOn: '2025-02-20',
        amountOrderedPence: 500_000,
        ...inDefaultFor365Days,
      }),
      orderRow({
        accountNumber: '260000003C',
        enforcingCourtCode: 'B03BM00',
        orderedOn: '2025-03-31',
        amountOrderedPence: 5_000_000,
        ...inDefaultFor365Days,
      }),
      orderRow({
        accountNumber: '260000004D',
        enforcingCourtCode: 'B03BM00',
        orderedOn: '2025-04-01',
        amountOrderedPence: 25_000_000,
        ...inDefaultFor365Days,
      }),
      orderRow({
        accountNumber: '260000005E',
        enforcingCourtCode: 'B24CF00',
        orderedOn: '2025-06-01',
        amountOrderedPence: 200_000_000,
        ...inDefaultFor365Days,
      }),
      orderRow({
        accountNumber: '260000006F',
        enforcingCourtCode: 'B24CF00',
        orderedOn: '2026-07-15',
        amountOrderedPence: 10_000,
        timeToPayEnds: '2026-10-15',
      }),
      orderRow({
        accountNumber: '260000007G',
        enforcingCourtCode: 'B01LO00',
        orderedOn: '2026-05-01',
        amountOrderedPence: 100_000,
        timeToPayEnds: '2026-08-01',
      }),
    ],
    payments: [
      { accountNumber: '260000001A', paidOn: '2024-07-01', amountPence: 80_000, source: 'VOLUNTARY' },
      { accountNumber: '260000002B', paidOn: '2025-04-01', amountPence: 200_000, source: 'VOLUNTARY' },
      { accountNumber: '260000003C', paidOn: '2025-05-01', amountPence: 1_000_000, source: 'REALISED_ASSET' },
      { accountNumber: '260000003C', paidOn: '2026-07-10', amountPence: 100_000, source: 'VOLUNTARY' },
      {
        accountNumber: '260000005E',
        paidOn: '2025-06-20',
        amountPence: 50_000_000,
        source: 'REALISED_ASSET',
      },
    ],
    actions: [
      {
        accountNumber: '260000004D',
        kind: 'WRITE_OFF',
        takenOn: '2026-01-15',
        outcome: 'SUCCEEDED',
        newAmountPence: null,
        notes: null,
        idempotencyKey: null,
      },
      {
        accountNumber: '260000005E',
        kind: 'VARIATION',
        takenOn: '2025-06-15',
        outcome: 'SUCCEEDED',
        newAmountPence: 150_000_000,
        notes: null,
        idempotencyKey: null,
      },
    ],
  });
  supergraph = await startSupergraph(dataDir);
  analyst = await supergraph.tokenFor('analyst');
});

afterAll(() => supergraph.stop());

const FIGURES = `
  orders
  amountOrdered
  amountDue
  amountCollected
  enforcementRatePercent
  outstanding
  outstandingWithInterest
`;

const FIGURES_QUERY = `#graphql
  query CollectionFigures($asOf: Date, $yearBasis: YearBasis) {
    confiscationFigures(asOf: $asOf, yearBasis: $yearBasis) {
      asOf
      interestRatePercent
      years { year ordersMade amountOrdered amountCollected }
      overall { ${FIGURES} }
      bySizeBand { band figures { ${FIGURES} } }
      byCourt { courtCode courtName region figures { ${FIGURES} } }
      byRegion { region figures { ${FIGURES} } }
    }
  }
`;

type Figures = Record<string, unknown>;
type ConfiscationFigures = {
  asOf: string;
  interestRatePercent: string;
  years: Figures[];
  overall: Figures;
  bySizeBand: { band: string; figures: Figures }[];
  byCourt: { courtCode: string; courtName: string; region: string; figures: Figures }[];
  byRegion: { region: string; figures: Figures }[];
};

async function figures(yearBasis = 'FINANCIAL'): Promise<ConfiscationFigures> {
  const response = await supergraph.queryAs<{ confiscationFigures: ConfiscationFigures }>(
    analyst,
    FIGURES_QUERY,
    {
      asOf: AS_OF,
      yearBasis,
    },
  );
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no figures');
  return response.data.confiscationFigures;
}

/** Collection figures from amounts in pounds, as the graph writes them. */
function row(
  orders: number,
  [ordered, due, collected, outstanding, withInterest]: string[],
  rate: string | null,
): Figures {
  return {
    orders,
    amountOrdered: ordered,
    amountDue: due,
    amountCollected: collected,
    enforcementRatePercent: rate,
    outstanding,
    outstandingWithInterest: withInterest,
  };
}

describe('collection figures for analysts', () => {
  it('give orders made, amount ordered and amount collected per financial year', async () => {
    const result = await figures();
    expect(result.asOf).toBe(AS_OF);
    expect(result.interestRatePercent).toBe('8.00');
    expect(result.years).toEqual([
      { year: '2024-25', ordersMade: 3, amountOrdered: '55800.00', amountCollected: '800.00' },
      { year: '2025-26', ordersMade: 2, amountOrdered: '2250000.00', amountCollected: '512000.00' },
      { year: '2026-27', ordersMade: 1, amountOrdered: '1000.00', amountCollected: '0.00' },
    ]);
  });

  it('or per calendar year', async () => {
    expect((await figures('CALENDAR')).years).toEqual([
      { year: '2024', ordersMade: 1, amountOrdered: '800.00', amountCollected: '800.00' },
      { year: '2025', ordersMade: 4, amountOrdered: '2305000.00', amountCollected: '512000.00' },
      { year: '2026', ordersMade: 1, amountOrdered: '1000.00', amountCollected: '0.00' },
    ]);
  });

  it('give the enforcement rate and the debt outstanding with and without interest, overall', async () => {
    // Collected 512,800 of 1,806,800 due: 28.3816...%. Outstanding 1,044,000 (the written-off order left out),
    // with interest 240 + 3,200 + 80,000 more.
    expect((await figures()).overall).toEqual(
      row(6, ['2306800.00', '1806800.00', '512800.00', '1044000.00', '1127440.00'], '28.38'),
    );
  });

  it('give them by size band, every band listed', async () => {
    expect((await figures()).bySizeBand).toEqual([
      {
        band: 'UP_TO_1_THOUSAND',
        figures: row(2, ['1800.00', '1800.00', '800.00', '1000.00', '1000.00'], '44.44'),
      },
      {
        band: 'UP_TO_10_THOUSAND',
        figures: row(1, ['5000.00', '5000.00', '2000.00', '3000.00', '3240.00'], '40.00'),
      },
      {
        band: 'UP_TO_100_THOUSAND',
        figures: row(1, ['50000.00', '50000.00', '10000.00', '40000.00', '43200.00'], '20.00'),
      },
      {
        band: 'UP_TO_1_MILLION',
        figures: row(1, ['250000.00', '250000.00', '0.00', '0.00', '0.00'], '0.00'),
      },
      {
        band: 'OVER_1_MILLION',
        figures: row(1, ['2000000.00', '1500000.00', '500000.00', '1000000.00', '1080000.00'], '33.33'),
      },
    ]);
  });

  it('give them by enforcing court and by region', async () => {
    const result = await figures();
    expect(result.byCourt).toEqual([
      {
        courtCode: 'B01LO00',
        courtName: "Westminster Magistrates' Court",
        region: 'LONDON',
        figures: row(2, ['1800.00', '1800.00', '800.00', '1000.00', '1000.00'], '44.44'),
      },
      {
        courtCode: 'B01SK00',
        courtName: "Southwark Magistrates' Court",
        region: 'LONDON',
        figures: row(1, ['5000.00', '5000.00', '2000.00', '3000.00', '3240.00'], '40.00'),
      },
      {
        courtCode: 'B03BM00',
        courtName: "Birmingham Magistrates' Court",
        region: 'MIDLANDS',
        figures: row(2, ['300000.00', '300000.00', '10000.00', '40000.00', '43200.00'], '3.33'),
      },
      {
        courtCode: 'B24CF00',
        courtName: "Cardiff Magistrates' Court",
        region: 'WALES',
        figures: row(1, ['2000000.00', '1500000.00', '500000.00', '1000000.00', '1080000.00'], '33.33'),
      },
    ]);
    expect(result.byRegion).toEqual([
      { region: 'LONDON', figures: row(3, ['6800.00', '6800.00', '2800.00', '4000.00', '4240.00'], '41.18') },
      {
        region: 'MIDLANDS',
        figures: row(2, ['300000.00', '300000.00', '10000.00', '40000.00', '43200.00'], '3.33'),
      },
      {
        region: 'WALES',
        figures: row(1, ['2000000.00', '1500000.00', '500000.00', '1000000.00', '1080000.00'], '33.33'),
      },
    ]);
  });

  it('name no one: analysts cannot reach the orders themselves', async () => {
    const response = await supergraph.queryAs(
      analyst,
      `#graphql
      { confiscationOrders(first: 5) { orders { accountNumber defendantPncId } } }
    `,
    );
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('are for analysts only: an investigator reading orders may not have them', async () => {
    const response = await supergraph.queryAs(await supergraph.tokenFor('offender-manager'), FIGURES_QUERY, {
      asOf: AS_OF,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});
