import { formatPence, parsePounds } from '@lib/money';
import { formatPncId } from '@lib/identifiers/pncId';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { handmadeDataDir, orderRow, type HandmadeData } from './support/handmadeStores';

/**
 * A small data set with known answers, taken at 30 June 2026 with interest at 8%. Orders whose time to pay ended
 * on 30 June 2025 have run exactly 365 days in default, so their interest is 8% of what they left unpaid. Each
 * order of the table is made five times, against five different people (account 26r00000n for the r-th), so
 * that every figure set is about at least 5 people and is published: the figures are five times the table's.
 *
 * | order      | court (region)       | made       | ordered    | due        | paid by asOf | interest   | notes |
 * | 260000001A | B01LO00 (London)     | 2024-05-10 |     800.00 |     800.00 |       800.00 |          0 | paid in time |
 * | 260000002B | B01SK00 (London)     | 2025-02-20 |   5,000.00 |   5,000.00 |     2,000.00 |     240.00 | |
 * | 260000003C | B03BM00 (Midlands)   | 2025-03-31 |  50,000.00 |  50,000.00 |    10,000.00 |   3,200.00 | a later payment is after asOf |
 * | 260000004D | B03BM00 (Midlands)   | 2025-04-01 | 250,000.00 | 250,000.00 |            0 |          - | written off 2026-01-15 |
 * | 260000005E | B24CF00 (Wales)      | 2025-06-01 |  2,000,000 |  1,500,000 |      500,000 |  80,000.00 | varied down on 2025-06-15 |
 * | 260000006F | B24CF00 (Wales)      | 2026-07-15 |     100.00 |          - |            - |          - | made after asOf: left out |
 * | 260000007G | B01LO00 (London)     | 2026-05-01 |   1,000.00 |   1,000.00 |            0 |          0 | still in time to pay |
 *
 * After 30 June 2026 come the figures that must be withheld (see the disclosure-control tests below): one payment
 * on 2 July 2026 by one person; three orders at Liverpool (North West) on 20 July 2026 against three people; six
 * orders at Leeds (North East) on 15 August 2026, all against one person.
 */
const AS_OF = '2026-06-30';
const REPLICAS = 5;

/** The r-th copy of a row of the table: its own account number and, for an order, its own defendant. */
function replica<Row extends { accountNumber: string }>(row: Row, r: number): Row {
  return { ...row, accountNumber: `26${r}${row.accountNumber.slice(3)}` };
}

function fiveTimes<Row extends { accountNumber: string }>(rows: readonly Row[]): Row[] {
  return rows.flatMap((row) => Array.from({ length: REPLICAS }, (_, r) => replica(row, r)));
}

/** A different person for every order: serial from the account number, year from the copy. */
function againstItsOwnDefendant<Row extends { accountNumber: string }>(row: Row): Row {
  return {
    ...row,
    defendantPncId: formatPncId(2010 + Number(row.accountNumber[2]), Number(row.accountNumber.slice(3, 9))),
  };
}

const inDefaultFor365Days = { timeToPayEnds: '2025-06-30' };

const TABLE: HandmadeData = {
  orders: fiveTimes([
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
  ]).map(againstItsOwnDefendant),
  payments: fiveTimes([
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
  ]),
  actions: fiveTimes([
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
  ]),
};

/** Orders made after 30 June 2026, each against a different person unless `pncId` says otherwise. */
function laterOrders(
  count: number,
  fields: { court: string; orderedOn: string; first: number; pncId?: string },
) {
  return Array.from({ length: count }, (_, index) => {
    const serial = fields.first + index;
    return orderRow({
      accountNumber: `27000${String(serial).padStart(4, '0')}X`,
      enforcingCourtCode: fields.court,
      orderedOn: fields.orderedOn,
      amountOrderedPence: fields.court.startsWith('B05') ? 1_000_000 : 50_000,
      timeToPayEnds: '2026-12-31',
      defendantPncId: fields.pncId ?? formatPncId(2020, serial),
    });
  });
}

let supergraph: RunningSupergraph;
let analyst: string;

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      ...(TABLE.orders ?? []),
      ...laterOrders(3, { court: 'B05LV00', orderedOn: '2026-07-20', first: 1 }),
      ...laterOrders(6, {
        court: 'B13LS00',
        orderedOn: '2026-08-15',
        first: 11,
        pncId: formatPncId(2021, 1),
      }),
    ],
    payments: [
      ...(TABLE.payments ?? []),
      { accountNumber: '260000002B', paidOn: '2026-07-02', amountPence: 5_000, source: 'VOLUNTARY' },
    ],
    actions: TABLE.actions,
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
  suppressed
`;

const FIGURES_QUERY = `#graphql
  query CollectionFigures($asOf: Date, $yearBasis: YearBasis) {
    confiscationFigures(asOf: $asOf, yearBasis: $yearBasis) {
      asOf
      interestRatePercent
      years { year ordersMade amountOrdered amountCollected suppressed }
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

async function figures(yearBasis = 'FINANCIAL', asOf = AS_OF): Promise<ConfiscationFigures> {
  const response = await supergraph.queryAs<{ confiscationFigures: ConfiscationFigures }>(
    analyst,
    FIGURES_QUERY,
    { asOf, yearBasis },
  );
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no figures');
  return response.data.confiscationFigures;
}

/** Five times an amount in pounds of the table, as the graph writes it. */
function times5(pounds: string): string {
  return formatPence((parsePounds(pounds) ?? Number.NaN) * REPLICAS);
}

/** Published collection figures of orders of the table (amounts in pounds, for one copy of each order). */
function row(
  orders: number,
  [ordered, due, collected, outstanding, withInterest]: string[],
  rate: string | null,
): Figures {
  return {
    orders: orders * REPLICAS,
    amountOrdered: times5(ordered ?? ''),
    amountDue: times5(due ?? ''),
    amountCollected: times5(collected ?? ''),
    enforcementRatePercent: rate,
    outstanding: times5(outstanding ?? ''),
    outstandingWithInterest: times5(withInterest ?? ''),
    suppressed: false,
  };
}

/** A published year of the table. */
function year(name: string, ordersMade: number, amountOrdered: string, amountCollected: string): Figures {
  return {
    year: name,
    ordersMade: ordersMade * REPLICAS,
    amountOrdered: times5(amountOrdered),
    amountCollected: times5(amountCollected),
    suppressed: false,
  };
}

/** A withheld figure set: every figure null, and said to be withheld. */
const WITHHELD = {
  orders: null,
  amountOrdered: null,
  amountDue: null,
  amountCollected: null,
  enforcementRatePercent: null,
  outstanding: null,
  outstandingWithInterest: null,
  suppressed: true,
};

describe('collection figures for analysts', () => {
  it('give orders made, amount ordered and amount collected per financial year', async () => {
    const result = await figures();
    expect(result.asOf).toBe(AS_OF);
    expect(result.interestRatePercent).toBe('8.00');
    expect(result.years).toEqual([
      year('2024-25', 3, '55800.00', '800.00'),
      year('2025-26', 2, '2250000.00', '512000.00'),
      year('2026-27', 1, '1000.00', '0.00'),
    ]);
  });

  it('or per calendar year', async () => {
    expect((await figures('CALENDAR')).years).toEqual([
      year('2024', 1, '800.00', '800.00'),
      year('2025', 4, '2305000.00', '512000.00'),
      year('2026', 1, '1000.00', '0.00'),
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

/** The figure sets of a list whose figures are withheld, by the field that names them. */
function withheldIn<Item extends { figures: Figures }>(items: Item[], key: keyof Item): unknown[] {
  return items.filter((item) => item.figures.suppressed).map((item) => item[key]);
}

/** The total's orders less the published parts' orders: what subtraction gives a reader about the rest. */
function ordersLeftOver(total: Figures, parts: Figures[]): number {
  return (
    Number(total.orders) -
    parts.filter((part) => !part.suppressed).reduce((sum, part) => sum + Number(part.orders), 0)
  );
}

describe('disclosure control of the collection figures', () => {
  it('withholds a year collected from by one person, and the next smallest year, so the total does not give it away', async () => {
    // 2 July 2026: one person pays £50. The year 2026-27 has one payer; 2024-25, with five, is the next smallest.
    const result = await figures('FINANCIAL', '2026-07-05');
    expect(result.years).toEqual([
      {
        year: '2024-25',
        ordersMade: 15,
        amountOrdered: '279000.00',
        amountCollected: null,
        suppressed: true,
      },
      year('2025-26', 2, '2250000.00', '512000.00'),
      { year: '2026-27', ordersMade: 5, amountOrdered: '5000.00', amountCollected: null, suppressed: true },
    ]);
    // The total is not adjusted: all that was collected less the year published is what the two years withheld
    // took together (from six people), not either of them.
    expect(result.overall.amountCollected).toBe('2564050.00');
    expect(parsePounds('2564050.00')! - parsePounds(times5('512000.00'))!).toBe(parsePounds('4050.00'));
    // Nothing else is about fewer than 5 people: the courts, regions and size bands stand.
    expect(withheldIn(result.byCourt, 'courtCode')).toEqual([]);
    expect(withheldIn(result.byRegion, 'region')).toEqual([]);
    expect(withheldIn(result.bySizeBand, 'band')).toEqual([]);
  });

  it('withholds a court of three people and one whose six orders are against one person, with every set that would give them away', async () => {
    const result = await figures('FINANCIAL', '2026-09-30');
    const liverpool = result.byCourt.find((court) => court.courtCode === 'B05LV00');
    expect(liverpool).toEqual({
      courtCode: 'B05LV00',
      courtName: "Liverpool Magistrates' Court",
      region: 'NORTH_WEST',
      figures: WITHHELD,
    });
    expect(result.byCourt.find((court) => court.courtCode === 'B13LS00')?.figures).toEqual(WITHHELD);
    // Liverpool and Leeds are regions of their own: withheld with their courts. Their 4 people withheld in the
    // national line of regions would let the total less the rest count 4: the next smallest region, the
    // Midlands, goes too, and with it its one court, which the region would otherwise give away. Among the
    // courts, the two withheld (4 people) need the next smallest court, Southwark; London less Westminster would
    // then give Southwark away, so Westminster goes too. Cardiff, all alone in Wales, stands, as does Wales.
    expect(withheldIn(result.byCourt, 'courtCode')).toEqual([
      'B01LO00',
      'B01SK00',
      'B03BM00',
      'B05LV00',
      'B13LS00',
    ]);
    expect(withheldIn(result.byRegion, 'region')).toEqual(['MIDLANDS', 'NORTH_EAST', 'NORTH_WEST']);
    // Totals stay as they are: 35 orders of the table, 3 at Liverpool, 6 at Leeds.
    expect(result.overall.orders).toBe(44);
    expect(withheldIn(result.bySizeBand, 'band')).toEqual([]);
    expect(result.bySizeBand.reduce((sum, band) => sum + Number(band.figures.orders), 0)).toBe(44);
    // What subtraction leaves is about 5 people or more, every time.
    expect(
      ordersLeftOver(
        result.overall,
        result.byCourt.map((court) => court.figures),
      ),
    ).toBe(34);
    expect(
      ordersLeftOver(
        result.overall,
        result.byRegion.map((region) => region.figures),
      ),
    ).toBe(19);
    const london = result.byRegion.find((region) => region.region === 'LONDON')?.figures ?? {};
    const londonCourts = result.byCourt
      .filter((court) => court.region === 'LONDON')
      .map((court) => court.figures);
    expect(ordersLeftOver(london, londonCourts)).toBe(15);
  });
});
