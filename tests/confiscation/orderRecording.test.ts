import { formatPncId } from '@lib/identifiers/pncId';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { accountNumberOf } from '../../subgraphs/confiscation/src/store/orderRegistration';
import { eventually } from '../events/support/eventOperations';
import { QUICK_RETRIES } from '../events/support/eventTransports';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { crownCaseRow, EXAMPLE_PNC, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

/**
 * A confiscation order made at a Crown Court hearing, recorded through the graph by a financial investigator:
 * given the next account number of the series, read back as stored, refused with a code when it cannot be the
 * court's order, once per idempotency key and once per case and defendant however many clerks key it at once,
 * announced, and from then on an order like the others: in the timeline, the discrepancy report and the figures.
 */
const RECORD = financialInvestigatorOperation('RecordConfiscationOrder');
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const REPORT = financialInvestigatorOperation('ConfiscationDiscrepancyReport');
const REGISTER = financialInvestigatorOperation('EventWebhookRegistration');

/** The Crown Court's own record: case T20250001 at Leeds, an order of £10,000 made on 2 June 2025. */
const COURT_CASE = 'T20250001';

/** Five orders already held, against five people: enough for the analysts' figures to be published. */
const HELD = Array.from({ length: 5 }, (_, index) =>
  orderRow({
    // The first holds serial 1 with a wrong check letter: a serial an order has is passed over all the same.
    accountNumber: index === 0 ? '250000001A' : accountNumberOf(index + 1),
    crownCourtCaseNumber: `T2024000${index + 1}`,
    defendantPncId: formatPncId(2011, 100 + index),
    orderedOn: '2024-03-01',
    amountOrderedPence: 500_000,
    timeToPayEnds: '2024-06-01',
  }),
);

/** The court's order in case T20250001, as the investigator keys it. */
function courtOrder(overrides: Record<string, unknown> = {}) {
  return {
    crownCourtCaseNumber: COURT_CASE,
    crownCourtCode: 'C13LS00',
    defendantPncId: '12/52494Q',
    orderedOn: '2025-06-02',
    benefit: '25000.00',
    availableAmount: '10000.00',
    amountOrdered: '10000.00',
    timeToPayEnds: '2025-09-02',
    enforcingCourtCode: 'B13LS00',
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  };
}

interface RecordedOrder {
  recordConfiscationOrder: {
    replayed: boolean;
    order: Record<string, unknown> & { accountNumber: string };
  };
}

type Response<Data> = {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

let supergraph: RunningSupergraph;
let investigator: string;
let receiver: WebhookReceiver;
/** The order recorded for the court's case, shared by the tests that read it back. */
let recorded: RecordedOrder['recordConfiscationOrder']['order'];

async function record(input: Record<string, unknown>): Promise<Response<RecordedOrder>> {
  return supergraph.queryAs<RecordedOrder>(investigator, RECORD, { input });
}

function codeOf(response: Response<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}

async function orderCount(): Promise<number> {
  // The investigator may send only registered operations: the report's first page counts the orders.
  const response = await supergraph.queryAs<{ confiscationOrders: { totalCount: number } }>(
    investigator,
    REPORT,
    { first: 1 },
  );
  return response.data?.confiscationOrders.totalCount ?? -1;
}

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: HELD,
    crownCases: [crownCaseRow({ caseNumber: COURT_CASE })],
    crownHearings: [
      {
        caseNumber: COURT_CASE,
        courtCode: 'C13LS00',
        caseCourtCode: 'C13LS00',
        startsAt: '2025-06-02T09:30:00.000Z',
        type: 'CONFISCATION',
        outcome: 'CONFISCATION_ORDER',
      },
    ],
  });
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
  investigator = await supergraph.tokenFor('financial-investigator');
  receiver = await startWebhookReceiver();
  const registered = await supergraph.queryAs<{ registerWebhook: { secret: string } }>(
    investigator,
    REGISTER,
    {
      input: { url: receiver.url, types: ['CONFISCATION_ORDER_MADE'] },
    },
  );
  expect(registered.errors).toBeUndefined();
  receiver.setSecret(registered.data?.registerWebhook.secret ?? '');
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await supergraph?.stop();
});

describe('recording a confiscation order', () => {
  it('gives it the next free account number of the series and serves what was recorded', async () => {
    const response = await record(courtOrder({ idempotencyKey: 'order-T20250001' }));
    expect(response.errors).toBeUndefined();
    const answer = response.data?.recordConfiscationOrder;
    recorded = answer?.order ?? { accountNumber: '' };
    expect(answer?.replayed).toBe(false);
    // Serials 1 to 5 are held (the first with a wrong letter): the sixth, with its check letter.
    expect(recorded).toMatchObject({
      accountNumber: '250000006L',
      crownCourtCaseNumber: COURT_CASE,
      crownCourtCode: 'C13LS00',
      defendantPncId: EXAMPLE_PNC,
      orderedOn: '2025-06-02',
      benefit: '25000.00',
      availableAmount: '10000.00',
      amountOrdered: '10000.00',
      amountDue: '10000.00',
      balance: '10000.00',
      status: 'IN_DEFAULT',
      timeToPayEnds: '2025-09-02',
      // Left out: the longest term the statutory band of £10,000 allows.
      defaultSentenceMonths: 6,
      enforcingCourtCode: 'B13LS00',
    });
    expect(recorded.recordedBy).toMatch(/.+/);
    expect(Date.parse(String(recorded.recordedAt))).toBeGreaterThan(Date.now() - 60_000);
    const read = await supergraph.queryAs<{ confiscationOrder: Record<string, unknown> }>(
      investigator,
      ACCOUNT,
      {
        accountNumber: recorded.accountNumber,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.confiscationOrder).toMatchObject({
      accountNumber: '250000006L',
      benefit: '25000.00',
      defaultSentenceMonths: 6,
      payments: [],
      enforcementActions: [],
    });
  });

  it('records once for a retried request, and refuses the key for another order', async () => {
    const again = await record(courtOrder({ idempotencyKey: 'order-T20250001' }));
    expect(again.errors).toBeUndefined();
    expect(again.data?.recordConfiscationOrder).toMatchObject({
      replayed: true,
      order: { accountNumber: recorded.accountNumber },
    });
    const other = await record(courtOrder({ idempotencyKey: 'order-T20250001', amountOrdered: '9000.00' }));
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses a second order for the same case and defendant, naming the first', async () => {
    const second = await record(courtOrder({ defendantPncId: EXAMPLE_PNC }));
    expect(codeOf(second)).toBe('ORDER_ALREADY_RECORDED');
    expect(second.errors?.[0]?.extensions?.accountNumber).toBe(recorded.accountNumber);
  });

  it.each([
    ['a malformed case number', { crownCourtCaseNumber: 'X2025001' }, 'BAD_USER_INPUT'],
    ['a PNC ID whose check character is wrong', { defendantPncId: '2012/0052494R' }, 'BAD_USER_INPUT'],
    ['a malformed court code', { crownCourtCode: 'LEEDS' }, 'BAD_USER_INPUT'],
    ['an amount with three decimal places', { amountOrdered: '100.005' }, 'BAD_USER_INPUT'],
    [
      'an order made in the future',
      { orderedOn: '2099-01-02', timeToPayEnds: '2099-02-02' },
      'BAD_USER_INPUT',
    ],
    ['time to pay ending before the order', { timeToPayEnds: '2025-06-01' }, 'BAD_USER_INPUT'],
    ['a Crown Court not in the register', { crownCourtCode: 'C99ZZ00' }, 'UNKNOWN_COURT'],
    ['an enforcing court not in the register', { enforcingCourtCode: 'B99ZZ00' }, 'UNKNOWN_COURT'],
    ["a magistrates' court as the Crown Court", { crownCourtCode: 'B13LS00' }, 'NOT_A_CROWN_COURT'],
    ['a Crown Court as the enforcing court', { enforcingCourtCode: 'C13LS00' }, 'NOT_A_MAGISTRATES_COURT'],
    ['nothing ordered', { amountOrdered: '0.00' }, 'AMOUNT_NOT_POSITIVE'],
    ['more than the available amount', { amountOrdered: '10000.01' }, 'FINDINGS_INCONSISTENT'],
    ['more than the benefit', { benefit: '9999.99' }, 'FINDINGS_INCONSISTENT'],
    ['a default term above the band', { defaultSentenceMonths: 7 }, 'DEFAULT_TERM_OUT_OF_BAND'],
    ['more than three months to pay', { timeToPayEnds: '2025-09-03' }, 'TIME_TO_PAY_TOO_LONG'],
  ])('refuses %s with %s, recording nothing', async (_what, overrides, code) => {
    const before = await orderCount();
    const refused = await record(courtOrder({ crownCourtCaseNumber: 'T20250777', ...overrides }));
    expect(refused.data?.recordConfiscationOrder ?? null).toBeNull();
    expect(codeOf(refused)).toBe(code);
    expect(await orderCount()).toBe(before);
  });

  it('keeps a term the court fixed within the band', async () => {
    const response = await record(
      courtOrder({
        crownCourtCaseNumber: 'T20250778',
        defaultSentenceMonths: 3,
        timeToPayEnds: '2025-06-02',
      }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordConfiscationOrder.order).toMatchObject({
      defaultSentenceMonths: 3,
      timeToPayEnds: '2025-06-02',
    });
  });
});

describe('two clerks at once', () => {
  it('records one of two keyings of the same order and refuses the other', async () => {
    const both = await Promise.all([
      record(courtOrder({ crownCourtCaseNumber: 'T20250800' })),
      record(courtOrder({ crownCourtCaseNumber: 'T20250800' })),
    ]);
    expect(both.map(codeOf).sort()).toEqual(['ORDER_ALREADY_RECORDED', undefined]);
  });

  it('gives orders recorded at the same moment different account numbers', async () => {
    const many = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        record(
          courtOrder({
            crownCourtCaseNumber: `T2025090${index}`,
            defendantPncId: formatPncId(2015, index + 1),
          }),
        ),
      ),
    );
    expect(many.map((response) => response.errors)).toEqual(many.map(() => undefined));
    const numbers = many.map((response) => response.data?.recordConfiscationOrder.order.accountNumber);
    expect(new Set(numbers).size).toBe(6);
  });
});

describe('a recorded order, like any other', () => {
  it("is announced once, by identifiers, with its courts and the amount's band only", async () => {
    const told = await eventually(
      () => receiver.received,
      (received) => received.some((entry) => entry.event.subject?.includes(recorded.accountNumber)),
    );
    const mine = told.filter((entry) => entry.event.subject?.includes(recorded.accountNumber));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.event.data).toMatchObject({
      eventType: 'CONFISCATION_ORDER_MADE',
      identifiers: {
        confiscationAccountNumber: recorded.accountNumber,
        crownCourtCaseNumber: COURT_CASE,
        pncId: EXAMPLE_PNC,
      },
      facts: { crownCourtCode: 'C13LS00', enforcingCourtCode: 'B13LS00', amountBand: 'UP_TO_10_THOUSAND' },
    });
    expect(Object.keys(mine[0]?.event.data.facts ?? {}).sort()).toEqual([
      'amountBand',
      'crownCourtCode',
      'enforcingCourtCode',
    ]);
    // Every order recorded is announced, and nothing refused or replayed is.
    const recordedCount = (await orderCount()) - HELD.length;
    await eventually(
      () => receiver.received,
      (received) => received.length >= recordedCount,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(recordedCount);
  });

  it("appears in the defendant's journey", async () => {
    const manager = await supergraph.tokenFor('offender-manager');
    type Event = { kind: string; reference: string; summary: string };
    const response = await supergraph.queryAs<{
      offender: { confiscationEvents: Event[]; timeline: Event[] };
    }>(
      manager,
      `{ offender(pncId: "${EXAMPLE_PNC}") {
          confiscationEvents { kind reference summary }
          timeline { kind reference summary }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const made = {
      kind: 'CONFISCATION_ORDER',
      reference: recorded.accountNumber,
      summary: `Confiscation order of £10,000.00 in case ${COURT_CASE}, to be paid by 2025-09-02`,
    };
    expect(response.data?.offender.confiscationEvents).toContainEqual(made);
    expect(response.data?.offender.timeline).toContainEqual(made);
  });

  it("is compared with the Crown Court's record in the discrepancy report", async () => {
    const orders: { accountNumber: string; discrepancies: { kind: string }[] | null }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: Response<{
        confiscationOrders: { orders: typeof orders; hasNextPage: boolean; endCursor: string | null };
      }> = await supergraph.queryAs(investigator, REPORT, { first: 5, after });
      expect(response.errors).toBeUndefined();
      orders.push(...(response.data?.confiscationOrders.orders ?? []));
      if (!response.data?.confiscationOrders.hasNextPage) break;
      after = response.data.confiscationOrders.endCursor;
    }
    const reported = new Map(orders.map((order) => [order.accountNumber, order.discrepancies]));
    // The court's order, keyed as the court made it, agrees with its record.
    expect(reported.get(recorded.accountNumber)).toEqual([]);
    // An order keyed for a case the Crown Court does not hold is reported as such.
    const unknownCase = orders.find(
      (order) => order.accountNumber !== recorded.accountNumber && order.discrepancies?.length,
    );
    expect(unknownCase?.discrepancies?.map((found) => found.kind)).toContain('CASE_UNKNOWN');
  });

  it("is counted in the analysts' collection figures", async () => {
    const analyst = await supergraph.tokenFor('analyst');
    const figures = await supergraph.queryAs<{
      confiscationFigures: { overall: { orders: number | null; amountOrdered: string | null } };
    }>(analyst, '{ confiscationFigures { overall { orders amountOrdered } } }');
    expect(figures.errors).toBeUndefined();
    expect(figures.data?.confiscationFigures.overall.orders).toBe(await orderCount());
    expect(figures.data?.confiscationFigures.overall.orders).toBeGreaterThan(HELD.length);
  });
});
