import { londonDateOf } from '@lib/time/londonTime';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import { daysFromToday, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

const RECORD_PAYMENT = financialInvestigatorOperation('RecordConfiscationPayment');
const RECORD_ACTION = financialInvestigatorOperation('RecordEnforcementAction');
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');

const today = londonDateOf();
const day = (offset: number) => daysFromToday(today, offset);

/** £1,000 within its time to pay, nothing paid. */
const OPEN = '250000001A';
/** £500, paid in full. */
const PAID = '250000002B';
/** £20,000 with £5,000 paid, in default: for enforcement actions. */
const ENFORCED = '250000003C';
/** £3,650, nothing paid, its time to pay ended 365 days ago: £292.00 interest at 8% a year. */
const DEFAULTED = '250000004D';

let supergraph: RunningSupergraph;
let investigator: string;

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: OPEN,
        orderedOn: day(-100),
        amountOrderedPence: 100_000,
        timeToPayEnds: day(30),
      }),
      orderRow({
        accountNumber: PAID,
        orderedOn: day(-100),
        amountOrderedPence: 50_000,
        timeToPayEnds: day(30),
      }),
      orderRow({
        accountNumber: ENFORCED,
        orderedOn: day(-200),
        amountOrderedPence: 2_000_000,
        timeToPayEnds: day(-100),
      }),
      orderRow({
        accountNumber: DEFAULTED,
        orderedOn: day(-465),
        amountOrderedPence: 365_000,
        timeToPayEnds: day(-365),
      }),
    ],
    payments: [
      { accountNumber: PAID, paidOn: day(-50), amountPence: 50_000, source: 'VOLUNTARY' },
      { accountNumber: ENFORCED, paidOn: day(-150), amountPence: 500_000, source: 'REALISED_ASSET' },
    ],
  });
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
});

afterAll(() => supergraph.stop());

type Payment = { paymentId: string; paidOn: string; amount: string; source: string };
type OrderMoney = Record<'amountDue' | 'amountPaid' | 'balance' | 'balanceWithInterest' | 'status', string>;
type PaymentResult = {
  recordConfiscationPayment: { replayed: boolean; payment: Payment; order: OrderMoney };
};
type ActionResult = {
  recordEnforcementAction: { replayed: boolean; action: Record<string, string | null>; order: OrderMoney };
};

function pay(input: Record<string, unknown>, token = investigator): Promise<GraphQLResponse<PaymentResult>> {
  return supergraph.queryAs<PaymentResult>(token, RECORD_PAYMENT, {
    input: {
      accountNumber: OPEN,
      paidOn: day(-1),
      source: 'VOLUNTARY',
      idempotencyKey: crypto.randomUUID(),
      ...input,
    },
  });
}

function act(input: Record<string, unknown>): Promise<GraphQLResponse<ActionResult>> {
  return supergraph.queryAs<ActionResult>(investigator, RECORD_ACTION, {
    input: { accountNumber: ENFORCED, takenOn: day(-10), outcome: 'SUCCEEDED', ...input },
  });
}

function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}

async function paymentsOn(accountNumber: string) {
  return supergraph.confiscation.system.store.findPaymentsByAccountNumbers([accountNumber]);
}

describe('recording a payment', () => {
  it('records it and gives back the order’s new balance', async () => {
    const response = await pay({ amount: '250.00', idempotencyKey: 'payment-1' });
    expect(response.errors).toBeUndefined();
    const recorded = response.data?.recordConfiscationPayment;
    expect(recorded?.replayed).toBe(false);
    expect(recorded?.payment).toMatchObject({ paidOn: day(-1), amount: '250.00', source: 'VOLUNTARY' });
    expect(recorded?.order).toMatchObject({ amountPaid: '250.00', balance: '750.00', status: 'PART_PAID' });
  });

  it('records a retried request once: the same idempotency key returns the first payment', async () => {
    const retry = await pay({ amount: '250.00', idempotencyKey: 'payment-1' });
    expect(retry.data?.recordConfiscationPayment.replayed).toBe(true);
    expect(retry.data?.recordConfiscationPayment.order.amountPaid).toBe('250.00');
    expect((await paymentsOn(OPEN)).filter((payment) => payment.idempotencyKey === 'payment-1')).toHaveLength(
      1,
    );
  });

  it('refuses an idempotency key already used for a different payment', async () => {
    const response = await pay({ amount: '260.00', idempotencyKey: 'payment-1' });
    expect(codeOf(response)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it.each(['0.00', '0', '-5.00'])('refuses an amount of %s with AMOUNT_NOT_POSITIVE', async (amount) => {
    const response = await pay({ amount });
    expect(codeOf(response)).toBe('AMOUNT_NOT_POSITIVE');
    expect(response.errors?.[0]?.message).toMatch(/more than 0\.00/);
  });

  it.each([[12.5], ['12.345'], ['1e3'], ['£10.00'], ['ten pounds'], [1250]])(
    'refuses the malformed amount %p: Money is an exact decimal string, never a float',
    async (amount) => {
      const before = (await paymentsOn(OPEN)).length;
      const response = await pay({ amount });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/^input\.amount: Money must be a decimal string/);
      expect(await paymentsOn(OPEN)).toHaveLength(before);
    },
  );

  it('refuses a payment larger than the balance owed today, with interest', async () => {
    const tooMuch = await pay({ accountNumber: OPEN, amount: '750.01' });
    expect(codeOf(tooMuch)).toBe('PAYMENT_EXCEEDS_BALANCE');
    const overdue = await pay({ accountNumber: DEFAULTED, paidOn: today, amount: '3942.01' });
    expect(codeOf(overdue)).toBe('PAYMENT_EXCEEDS_BALANCE');
    expect(overdue.errors?.[0]?.extensions).toMatchObject({
      balanceWithInterest: '3942.00',
      largestPayment: '3942.00',
    });
  });

  it('refuses a date in the future, a date before the order, and an unknown or malformed account', async () => {
    expect(codeOf(await pay({ amount: '1.00', paidOn: day(1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await pay({ amount: '1.00', paidOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await pay({ amount: '1.00', paidOn: day(-101) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await pay({ amount: '1.00', accountNumber: '259999999Z' }))).toBe('NOT_FOUND');
    expect(codeOf(await pay({ amount: '1.00', accountNumber: 'ACCOUNT-1' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a payment on a paid order with ORDER_CLOSED', async () => {
    const response = await pay({ accountNumber: PAID, amount: '1.00' });
    expect(codeOf(response)).toBe('ORDER_CLOSED');
  });
});

describe('interest on an order in default, through the graph', () => {
  it('adds 8% a year from the day after the time to pay ends, and a payment of it all closes the order', async () => {
    const account = await supergraph.queryAs<{ confiscationOrder: Record<string, unknown> }>(
      investigator,
      ACCOUNT,
      { accountNumber: DEFAULTED },
    );
    expect(account.data?.confiscationOrder).toMatchObject({
      balance: '3650.00',
      interestAccrued: '292.00',
      balanceWithInterest: '3942.00',
      status: 'IN_DEFAULT',
    });
    const onTheLastDay = await supergraph.queryAs<{ confiscationOrder: Record<string, unknown> }>(
      investigator,
      ACCOUNT,
      { accountNumber: DEFAULTED, asOf: day(-365) },
    );
    expect(onTheLastDay.data?.confiscationOrder).toMatchObject({ interestAccrued: '0.00', status: 'OPEN' });
    const paid = await pay({
      accountNumber: DEFAULTED,
      paidOn: today,
      amount: '3942.00',
      source: 'RECEIVERSHIP',
    });
    expect(paid.data?.recordConfiscationPayment.order).toMatchObject({
      balance: '0.00',
      balanceWithInterest: '0.00',
      status: 'PAID',
    });
  });
});

describe('recording enforcement actions', () => {
  it('records warrants, realisations and receiverships with their dates and outcomes', async () => {
    const warrant = await act({ kind: 'DEFAULT_WARRANT', notes: 'Warrant issued at Leeds' });
    expect(warrant.errors).toBeUndefined();
    expect(warrant.data?.recordEnforcementAction.action).toMatchObject({
      kind: 'DEFAULT_WARRANT',
      takenOn: day(-10),
      outcome: 'SUCCEEDED',
      newAmount: null,
      notes: 'Warrant issued at Leeds',
    });
    expect(
      codeOf(await act({ kind: 'ASSET_REALISATION', outcome: 'PENDING', idempotencyKey: 'sale-1' })),
    ).toBe(undefined);
    expect(
      (await act({ kind: 'ASSET_REALISATION', outcome: 'PENDING', idempotencyKey: 'sale-1' })).data,
    ).toMatchObject({ recordEnforcementAction: { replayed: true } });
    expect(codeOf(await act({ kind: 'RECEIVERSHIP', outcome: 'FAILED' }))).toBe(undefined);
    const account = await supergraph.queryAs<{
      confiscationOrder: { enforcementActions: { kind: string }[] };
    }>(investigator, ACCOUNT, { accountNumber: ENFORCED });
    expect(account.data?.confiscationOrder.enforcementActions.map((action) => action.kind)).toEqual([
      'DEFAULT_WARRANT',
      'ASSET_REALISATION',
      'RECEIVERSHIP',
    ]);
  });

  it('checks a variation: it needs a positive new amount, no less than has been paid', async () => {
    expect(codeOf(await act({ kind: 'VARIATION' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act({ kind: 'DEFAULT_WARRANT', newAmount: '100.00' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act({ kind: 'VARIATION', newAmount: '0.00' }))).toBe('AMOUNT_NOT_POSITIVE');
    expect(codeOf(await act({ kind: 'VARIATION', newAmount: '-1.00' }))).toBe('AMOUNT_NOT_POSITIVE');
    expect(codeOf(await act({ kind: 'VARIATION', newAmount: '4999.99' }))).toBe('VARIATION_BELOW_PAID');
    const varied = await act({ kind: 'VARIATION', newAmount: '15000.00', notes: 'Inadequacy (s.23)' });
    expect(varied.data?.recordEnforcementAction.order).toMatchObject({
      amountDue: '15000.00',
      balance: '10000.00',
      status: 'IN_DEFAULT',
    });
  });

  it('refuses notes over 1,000 characters and a date in the future', async () => {
    expect(codeOf(await act({ kind: 'DEFAULT_WARRANT', notes: 'x'.repeat(1001) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act({ kind: 'DEFAULT_WARRANT', takenOn: day(1) }))).toBe('BAD_USER_INPUT');
  });

  it('writes an order off, after which nothing more can be paid or done on it', async () => {
    const writeOff = await act({ kind: 'WRITE_OFF', takenOn: today });
    expect(writeOff.data?.recordEnforcementAction.order.status).toBe('WRITTEN_OFF');
    expect(codeOf(await act({ kind: 'DEFAULT_WARRANT' }))).toBe('ORDER_CLOSED');
    expect(codeOf(await pay({ accountNumber: ENFORCED, amount: '1.00' }))).toBe('ORDER_CLOSED');
    const onPaid = await supergraph.queryAs(investigator, RECORD_ACTION, {
      input: { accountNumber: PAID, kind: 'DEFAULT_WARRANT', takenOn: today, outcome: 'PENDING' },
    });
    expect(codeOf(onPaid)).toBe('ORDER_CLOSED');
  });
});

describe('who may record', () => {
  it.each(['court-staff', 'offender-manager', 'analyst'])(
    'refuses %s: no confiscation:write',
    async (agency) => {
      const before = (await paymentsOn(OPEN)).length;
      const response = await pay({ amount: '1.00' }, await supergraph.tokenFor(agency));
      expect(codeOf(response)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(response.data?.recordConfiscationPayment ?? null).toBeNull();
      expect(await paymentsOn(OPEN)).toHaveLength(before);
    },
  );

  it('lets the financial investigator send only the registered mutation', async () => {
    const response = await supergraph.queryAs(
      investigator,
      RECORD_PAYMENT.replace('replayed\n', 'replayed\n    __typename\n'),
      {
        input: {
          accountNumber: OPEN,
          amount: '1.00',
          paidOn: today,
          source: 'VOLUNTARY',
          idempotencyKey: 'x',
        },
      },
    );
    expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});
