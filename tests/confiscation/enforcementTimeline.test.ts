import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { EXAMPLE_PNC, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

/**
 * An offender's timeline shows the enforcement of their confiscation order: each action when it was taken, and
 * its result when it came about, a result recorded later through the graph included.
 */
const ACCOUNT_NUMBER = '250000021C';
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const OUTCOME = financialInvestigatorOperation('RecordEnforcementOutcome');

const action = (fields: {
  kind: 'PAYMENT_REMINDER' | 'ENFORCEMENT_HEARING' | 'VARIATION' | 'DEFAULT_WARRANT';
  takenOn: string;
  outcome: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  outcomeOn?: string;
  dueOn?: string;
  newAmountPence?: number;
}) => ({
  accountNumber: ACCOUNT_NUMBER,
  newAmountPence: null,
  notes: 'Officer notes stay on the action',
  idempotencyKey: null,
  ...fields,
});

type Event = { occurredAt: string; kind: string; reference: string; summary: string };

let supergraph: RunningSupergraph;
let manager: string;

async function enforcementInTimeline(): Promise<{ confiscationEvents: Event[]; timeline: Event[] }> {
  const response = await supergraph.queryAs<{ offender: { confiscationEvents: Event[]; timeline: Event[] } }>(
    manager,
    `#graphql
      query EnforcementInTimeline($pncId: ID!) {
        offender(pncId: $pncId) {
          confiscationEvents { occurredAt kind reference summary }
          timeline { occurredAt kind reference summary }
        }
      }
    `,
    { pncId: EXAMPLE_PNC },
  );
  expect(response.errors).toBeUndefined();
  const offender = response.data?.offender;
  if (!offender) throw new Error('no offender');
  const enforcement = (events: Event[]) => events.filter((event) => event.kind === 'ENFORCEMENT_ACTION');
  return {
    confiscationEvents: enforcement(offender.confiscationEvents),
    timeline: enforcement(offender.timeline),
  };
}

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: ACCOUNT_NUMBER,
        defendantPncId: EXAMPLE_PNC,
        orderedOn: '2025-06-02',
        amountOrderedPence: 1_000_000,
        timeToPayEnds: '2025-09-02',
      }),
    ],
    actions: [
      action({
        kind: 'PAYMENT_REMINDER',
        takenOn: '2025-09-20',
        dueOn: '2025-10-04',
        outcome: 'FAILED',
        outcomeOn: '2025-10-04',
      }),
      action({
        kind: 'ENFORCEMENT_HEARING',
        takenOn: '2025-10-20',
        outcome: 'SUCCEEDED',
        outcomeOn: '2025-10-20',
      }),
      action({
        kind: 'VARIATION',
        takenOn: '2025-11-03',
        outcome: 'SUCCEEDED',
        outcomeOn: '2025-11-20',
        newAmountPence: 800_000,
      }),
      action({ kind: 'DEFAULT_WARRANT', takenOn: '2025-12-01', dueOn: '2025-12-29', outcome: 'PENDING' }),
    ],
  });
  supergraph = await startSupergraph(dataDir);
  manager = await supergraph.tokenFor('offender-manager');
});

afterAll(() => supergraph.stop());

describe("enforcement in the offender's timeline", () => {
  it('shows each action when it was taken and its result when it came about, without the notes', async () => {
    const { confiscationEvents, timeline } = await enforcementInTimeline();
    expect(confiscationEvents.map(({ summary }) => summary)).toEqual([
      'Payment reminder sent',
      'Payment reminder: not paid on the reminder',
      'Enforcement hearing listed: held, enforcement ordered',
      'Variation of the amount to £8,000.00 sought',
      'Variation of the amount to £8,000.00: amount varied',
      'Warrant of commitment in default issued, result due by 2025-12-29',
    ]);
    expect(confiscationEvents.map(({ occurredAt }) => occurredAt.slice(0, 10))).toEqual([
      '2025-09-20',
      '2025-10-04',
      '2025-10-20',
      '2025-11-03',
      '2025-11-20',
      '2025-12-01',
    ]);
    expect(new Set(confiscationEvents.map(({ reference }) => reference))).toEqual(new Set([ACCOUNT_NUMBER]));
    // The merged timeline carries them in date order among the rest.
    expect(timeline).toEqual(confiscationEvents);
  });

  it('adds the result of a pending action once it is recorded through the graph', async () => {
    const investigator = await supergraph.tokenFor('financial-investigator');
    const account = await supergraph.queryAs<{
      confiscationOrder: { enforcementActions: { actionId: string; kind: string }[] };
    }>(investigator, ACCOUNT, { accountNumber: ACCOUNT_NUMBER });
    const warrant = account.data?.confiscationOrder.enforcementActions.find(
      (taken) => taken.kind === 'DEFAULT_WARRANT',
    );
    const recorded = await supergraph.queryAs(investigator, OUTCOME, {
      input: {
        actionId: warrant?.actionId,
        outcome: 'WITHDRAWN',
        outcomeOn: '2026-01-05',
        idempotencyKey: 'warrant-withdrawn',
      },
    });
    expect(recorded.errors).toBeUndefined();
    const { confiscationEvents } = await enforcementInTimeline();
    expect(confiscationEvents.slice(-2)).toEqual([
      expect.objectContaining({ summary: 'Warrant of commitment in default issued' }),
      expect.objectContaining({
        summary: 'Warrant of commitment in default: withdrawn',
        reference: ACCOUNT_NUMBER,
      }),
    ]);
    expect(confiscationEvents[confiscationEvents.length - 1]?.occurredAt.slice(0, 10)).toBe('2026-01-05');
  });
});
