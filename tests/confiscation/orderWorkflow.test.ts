import { formatPence, parsePounds } from '@lib/money';
import { daysBetween, londonDateOf } from '@lib/time/londonTime';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

/** An investigator's work on orders through the graph: reversals, amendments, results of actions, the overdue. */
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const REVERSE = financialInvestigatorOperation('ReverseConfiscationPayment');
const AMEND = financialInvestigatorOperation('AmendConfiscationOrder');
const OUTCOME = financialInvestigatorOperation('RecordEnforcementOutcome');
const OVERDUE = financialInvestigatorOperation('OverdueEnforcementActions');
const RECORD_ACTION = financialInvestigatorOperation('RecordEnforcementAction');

const AS_OF = '2026-06-01';

interface Account {
  amountOrdered: string;
  amountPaid: string;
  balance: string;
  interestAccrued: string;
  balanceWithInterest: string;
  status: string;
  payments: { paymentId: string; amount: string; reverses: string | null; reversedBy: string | null }[];
  enforcementActions: {
    actionId: string;
    kind: string;
    outcome: string;
    dueOn: string | null;
    overdue: boolean;
  }[];
  amendments: { cause: string; changes: { field: string; previousValue: string; newValue: string }[] }[];
}

let supergraph: RunningSupergraph;
let investigator: string;

async function account(accountNumber: string): Promise<Account> {
  const response = await supergraph.queryAs<{ confiscationOrder: Account }>(investigator, ACCOUNT, {
    accountNumber,
    asOf: AS_OF,
  });
  const order = response.data?.confiscationOrder;
  if (!order) throw new Error(`no order ${accountNumber}: ${JSON.stringify(response.errors)}`);
  return order;
}

function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/** Simple interest at 8% a year, whole pence rounded down, on a principal for a number of days. */
function interest(principalPence: number, days: number): number {
  return Math.floor((principalPence * days * 800) / (365 * 10_000));
}

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: '260000001A',
        orderedOn: '2025-01-10',
        amountOrderedPence: 1_000_000,
        timeToPayEnds: '2025-04-10',
      }),
      orderRow({
        accountNumber: '260000002B',
        orderedOn: '2025-01-10',
        amountOrderedPence: 500_000,
        benefitPence: 800_000,
        defaultSentenceMonths: 6,
        timeToPayEnds: '2025-04-10',
      }),
      orderRow({
        accountNumber: '260000003C',
        orderedOn: '2025-01-10',
        amountOrderedPence: 2_000_000,
        timeToPayEnds: '2025-04-10',
      }),
    ],
    payments: [
      { accountNumber: '260000001A', paidOn: '2025-03-01', amountPence: 200_000, source: 'VOLUNTARY' },
      { accountNumber: '260000001A', paidOn: '2025-06-01', amountPence: 300_000, source: 'VOLUNTARY' },
      { accountNumber: '260000002B', paidOn: '2025-02-01', amountPence: 100_000, source: 'VOLUNTARY' },
    ],
    actions: [
      {
        accountNumber: '260000003C',
        kind: 'DEFAULT_WARRANT',
        takenOn: '2025-10-01',
        dueOn: '2025-10-29',
        outcome: 'PENDING',
      },
      {
        accountNumber: '260000003C',
        kind: 'PAYMENT_REMINDER',
        takenOn: '2025-05-01',
        dueOn: '2099-01-01',
        outcome: 'PENDING',
      },
    ],
  });
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
});

afterAll(() => supergraph.stop());

describe('reversing a payment', () => {
  it('keeps the payment, adds a reversing entry and works out balance and interest as if it was never paid', async () => {
    const before = await account('260000001A');
    const payment = before.payments.find((entry) => entry.amount === '3000.00');
    // In default from 11 April 2025: 8,000 unpaid until the payment of 1 June (52 days), 5,000 after.
    expect(parsePounds(before.interestAccrued)).toBe(
      interest(800_000, 52) + interest(500_000, daysBetween('2025-06-01', AS_OF)),
    );
    const input = {
      accountNumber: '260000001A',
      paymentId: payment?.paymentId,
      reason: 'Keyed against the wrong account',
      idempotencyKey: 'rev-1',
    };
    const reversed = await supergraph.queryAs<{
      reverseConfiscationPayment: { replayed: boolean; reversal: { amount: string; reverses: string } };
    }>(investigator, REVERSE, { input });
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data?.reverseConfiscationPayment).toMatchObject({
      replayed: false,
      reversal: { amount: '-3000.00', reverses: payment?.paymentId },
    });
    const after = await account('260000001A');
    expect(after.payments).toHaveLength(3);
    expect(after.payments.find((entry) => entry.paymentId === payment?.paymentId)?.reversedBy).toMatch(
      /^\d+$/,
    );
    expect(after.amountPaid).toBe('2000.00');
    expect(after.balance).toBe('8000.00');
    const days = daysBetween('2025-04-10', AS_OF);
    expect(after.interestAccrued).toBe(formatPence(interest(800_000, days)));
    expect(after.balanceWithInterest).toBe(formatPence(800_000 + interest(800_000, days)));

    const replay = await supergraph.queryAs<{ reverseConfiscationPayment: { replayed: boolean } }>(
      investigator,
      REVERSE,
      { input },
    );
    expect(replay.data?.reverseConfiscationPayment.replayed).toBe(true);
    expect((await account('260000001A')).payments).toHaveLength(3);
  });

  it('refuses a payment reversed already, a reversing entry, another order’s payment and a reused key', async () => {
    const entries = (await account('260000001A')).payments;
    const reversedPayment = entries.find((entry) => entry.reversedBy !== null);
    const reversal = entries.find((entry) => entry.reverses !== null);
    const other = (await account('260000002B')).payments[0];
    const attempt = (paymentId: string | undefined, idempotencyKey: string, accountNumber = '260000001A') =>
      supergraph.queryAs(investigator, REVERSE, {
        input: { accountNumber, paymentId, reason: 'Wrong account', idempotencyKey },
      });
    expect(codeOf(await attempt(reversedPayment?.paymentId, 'rev-2'))).toBe('ALREADY_REVERSED');
    expect(codeOf(await attempt(reversal?.paymentId, 'rev-3'))).toBe('REVERSAL_OF_REVERSAL');
    expect(codeOf(await attempt(other?.paymentId, 'rev-4'))).toBe('NOT_FOUND');
    expect(codeOf(await attempt(other?.paymentId, 'rev-1', '260000002B'))).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('amending an order', () => {
  const amend = (fields: Record<string, unknown>, idempotencyKey: string, accountNumber = '260000002B') =>
    supergraph.queryAs<{ amendConfiscationOrder: { replayed: boolean; amendment: { changes: unknown[] } } }>(
      investigator,
      AMEND,
      {
        input: { accountNumber, reason: 'The judge’s order, re-read', idempotencyKey, ...fields },
      },
    );

  it('records who, when, why and each change, and puts it in the timeline', async () => {
    const amended = await amend({ benefit: '9000.00', defaultSentenceMonths: 5 }, 'amend-1');
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.amendConfiscationOrder.amendment.changes).toEqual([
      { field: 'benefit', previousValue: '8000.00', newValue: '9000.00' },
      { field: 'defaultSentenceMonths', previousValue: '6', newValue: '5' },
    ]);
    expect((await account('260000002B')).amendments).toHaveLength(1);
    const replay = await amend({ benefit: '9000.00', defaultSentenceMonths: 5 }, 'amend-1');
    expect(replay.data?.amendConfiscationOrder.replayed).toBe(true);
    expect((await account('260000002B')).amendments).toHaveLength(1);
    const manager = await supergraph.tokenFor('offender-manager');
    const events = await supergraph.queryAs<{ offender: { confiscationEvents: { summary: string }[] } }>(
      manager,
      '{ offender(pncId: "2012/0052494Q") { confiscationEvents { summary } } }',
    );
    expect(events.data?.offender.confiscationEvents.map((event) => event.summary)).toContainEqual(
      'Confiscation order amended (benefit £8,000.00 to £9,000.00; default sentence months 6 to 5): The judge’s order, re-read',
    );
  });

  it('refuses an amendment that breaks the order’s rules, each with its code', async () => {
    expect(codeOf(await amend({ defaultSentenceMonths: 7 }, 'amend-2'))).toBe('DEFAULT_TERM_OUT_OF_BAND');
    expect(codeOf(await amend({ availableAmount: '4000.00' }, 'amend-3'))).toBe('FINDINGS_INCONSISTENT');
    expect(codeOf(await amend({ benefit: '9000.00' }, 'amend-4'))).toBe('NOTHING_TO_AMEND');
    expect(codeOf(await amend({ orderedOn: '2025-02-02' }, 'amend-5'))).toBe('LEDGER_BEFORE_ORDER');
    expect(codeOf(await amend({ amountOrdered: '500.00' }, 'amend-6'))).toBe('AMENDMENT_OVERPAYS');
    expect(codeOf(await amend({ defendantPncId: '2012/0052494A' }, 'amend-7'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await amend({ amountOrdered: '4000.00' }, 'amend-1'))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await account('260000002B')).amendments).toHaveLength(1);
  });
});

describe('the results of enforcement actions', () => {
  const today = londonDateOf();

  it('lists a pending action past its due date as overdue, the most overdue first', async () => {
    const response = await supergraph.queryAs<{
      overdueEnforcementActions: {
        totalCount: number;
        hasNextPage: boolean;
        actions: {
          daysOverdue: number;
          action: { kind: string; outcome: string; dueOn: string };
          order: { accountNumber: string };
        }[];
      };
    }>(investigator, OVERDUE, { first: 10 });
    expect(response.errors).toBeUndefined();
    const page = response.data?.overdueEnforcementActions;
    expect([page?.totalCount, page?.hasNextPage]).toEqual([1, false]);
    expect(
      page?.actions.map(({ daysOverdue, action: { kind, outcome, dueOn }, order }) => ({
        daysOverdue,
        kind,
        outcome,
        dueOn,
        accountNumber: order.accountNumber,
      })),
    ).toEqual([
      {
        daysOverdue: daysBetween('2025-10-29', today),
        kind: 'DEFAULT_WARRANT',
        outcome: 'PENDING',
        dueOn: '2025-10-29',
        accountNumber: '260000003C',
      },
    ]);
  });

  it('records a warrant executed once, and refuses results the action cannot have', async () => {
    const actions = (await account('260000003C')).enforcementActions;
    const warrant = actions.find((action) => action.kind === 'DEFAULT_WARRANT');
    const reminder = actions.find((action) => action.kind === 'PAYMENT_REMINDER');
    const record = (
      actionId: string | undefined,
      outcome: string,
      outcomeOn: string,
      idempotencyKey: string,
    ) =>
      supergraph.queryAs<{
        recordEnforcementOutcome: { replayed: boolean; action: { outcome: string; overdue: boolean } };
      }>(investigator, OUTCOME, {
        input: { actionId, outcome, outcomeOn, notes: 'Arrested at home', idempotencyKey },
      });
    expect(codeOf(await record(warrant?.actionId, 'SUCCEEDED', '2025-09-01', 'out-0'))).toBe(
      'BAD_USER_INPUT',
    );
    const executed = await record(warrant?.actionId, 'SUCCEEDED', '2025-10-20', 'out-1');
    expect(executed.errors).toBeUndefined();
    expect(executed.data?.recordEnforcementOutcome).toMatchObject({
      replayed: false,
      action: { outcome: 'SUCCEEDED', overdue: false },
    });
    expect(
      (await record(warrant?.actionId, 'SUCCEEDED', '2025-10-20', 'out-1')).data?.recordEnforcementOutcome
        .replayed,
    ).toBe(true);
    expect(codeOf(await record(warrant?.actionId, 'FAILED', '2025-10-21', 'out-2'))).toBe(
      'OUTCOME_ALREADY_FINAL',
    );
    expect(codeOf(await record(reminder?.actionId, 'WITHDRAWN', '2025-10-21', 'out-3'))).toBe(
      'OUTCOME_NOT_ALLOWED',
    );
    expect(codeOf(await record(reminder?.actionId, 'PENDING', '2025-10-21', 'out-4'))).toBe(
      'OUTCOME_NOT_ALLOWED',
    );
    expect(codeOf(await record('999999', 'FAILED', '2025-10-21', 'out-5'))).toBe('NOT_FOUND');
    const overdue = await supergraph.queryAs<{ overdueEnforcementActions: { totalCount: number } }>(
      investigator,
      OVERDUE,
      {},
    );
    expect(overdue.data?.overdueEnforcementActions.totalCount).toBe(0);
  });

  it('gives a new pending action the due date of its kind', async () => {
    const recorded = await supergraph.queryAs<{ recordEnforcementAction: { action: { actionId: string } } }>(
      investigator,
      RECORD_ACTION,
      {
        input: {
          accountNumber: '260000003C',
          kind: 'ENFORCEMENT_HEARING',
          takenOn: '2025-11-03',
          outcome: 'PENDING',
          idempotencyKey: 'hearing-1',
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const hearing = (await account('260000003C')).enforcementActions.find(
      (action) => action.kind === 'ENFORCEMENT_HEARING',
    );
    expect(hearing?.dueOn).toBe('2025-12-29');
    expect(hearing?.overdue).toBe(today > '2025-12-29');
  });
});
