import { londonDateOf } from '@lib/time/londonTime';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { daysFromToday, handmadeDataDir, orderRow } from '../confiscation/support/handmadeStores';
import { financialInvestigatorOperation } from '../confiscation/support/registeredOperations';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { eventually } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';

const REGISTER = financialInvestigatorOperation('EventWebhookRegistration');
const RECORD_PAYMENT = financialInvestigatorOperation('RecordConfiscationPayment');
const RECORD_ACTION = financialInvestigatorOperation('RecordEnforcementAction');
const TYPES = ['CONFISCATION_PAYMENT_RECEIVED', 'CONFISCATION_ENFORCEMENT_ACTION_TAKEN'];

const today = londonDateOf();
const ACCOUNT = '250000001A';

let supergraph: RunningSupergraph;
let receiver: WebhookReceiver;
let investigator: string;

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    orders: [
      orderRow({
        accountNumber: ACCOUNT,
        orderedOn: daysFromToday(today, -200),
        amountOrderedPence: 2_000_000,
        timeToPayEnds: daysFromToday(today, -100),
      }),
    ],
    payments: [],
  });
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
  investigator = await supergraph.tokenFor('financial-investigator');
  receiver = await startWebhookReceiver();
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await supergraph?.stop();
});

describe('confiscation announced to a financial investigator', () => {
  it('registers through its registered operation and is told of a payment and an enforcement action, once each', async () => {
    const registered = await supergraph.queryAs<{ registerWebhook: { secret: string } }>(
      investigator,
      REGISTER,
      {
        input: { url: receiver.url, types: TYPES },
      },
    );
    expect(registered.errors).toBeUndefined();
    receiver.setSecret(registered.data?.registerWebhook.secret ?? '');
    const payment = {
      accountNumber: ACCOUNT,
      amount: '250.00',
      paidOn: daysFromToday(today, -1),
      source: 'VOLUNTARY',
      idempotencyKey: crypto.randomUUID(),
    };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // The second is a retry with the same key: it records nothing, and announces nothing.
      const paid = await supergraph.queryAs(investigator, RECORD_PAYMENT, { input: payment });
      expect(paid.errors).toBeUndefined();
    }
    const action = await supergraph.queryAs(investigator, RECORD_ACTION, {
      input: {
        accountNumber: ACCOUNT,
        kind: 'DEFAULT_WARRANT',
        takenOn: daysFromToday(today, -1),
        outcome: 'PENDING',
      },
    });
    expect(action.errors).toBeUndefined();
    const told = await eventually(
      () => receiver.received,
      (received) => received.length === 2,
    );
    expect(told.map((entry) => entry.event.data.eventType)).toEqual(TYPES);
    expect(told.map((entry) => entry.event.subject)).toEqual([
      `confiscationAccountNumber/${ACCOUNT}`,
      `confiscationAccountNumber/${ACCOUNT}`,
    ]);
    expect(told[1]?.event.data.facts).toMatchObject({ kind: 'DEFAULT_WARRANT', outcome: 'PENDING' });
    // No amounts travel: they are read through the graph.
    expect(Object.keys(told[0]?.event.data.facts ?? {})).toEqual(['paymentId', 'enforcingCourtCode']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(2);
  });
});
