import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { addPrisoners } from '../journey/support/prisoners';
import { careersOperation, daysFromToday } from '../learning/support/learningDocuments';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { eventually } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';

let supergraph: RunningSupergraph;
let receiver: WebhookReceiver;
let careers: string;
let released = '';

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
  [released = ''] = await addPrisoners(supergraph.pnomis.system.database.db, [
    {
      firstName: 'Told',
      lastName: 'Released',
      dateOfBirth: '1991-03-03',
      bookings: [{ prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-05-01' }],
    },
  ]);
  careers = await supergraph.tokenFor('careers-service');
  receiver = await startWebhookReceiver();
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await supergraph?.stop();
});

const run = async <Data>(operation: string, variables: Record<string, unknown>) => {
  const answer = await supergraph.queryAs<Data>(careers, careersOperation(operation), variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as Data;
};

describe('the careers service told of education record changes', () => {
  it('registers through its own registered operation and hears of a consent given and withdrawn, once each', async () => {
    const { registerWebhook } = await run<{ registerWebhook: { secret: string } }>(
      'CareersEventWebhookRegistration',
      { input: { url: receiver.url, types: ['EDUCATION_RECORD_CHANGED'] } },
    );
    receiver.setSecret(registerWebhook.secret);
    const { recordSharingConsent } = await run<{ recordSharingConsent: { id: string } }>(
      'CareersRecordSharingConsent',
      {
        input: {
          prisonNumber: released,
          employerId: 'employer-acme',
          employerName: 'Acme Catering Ltd',
          givenOn: daysFromToday(0),
          expiresOn: daysFromToday(30),
        },
      },
    );
    const withdraw = () => run('CareersWithdrawSharingConsent', { consentId: recordSharingConsent.id });
    await withdraw();
    await withdraw();
    const mine = () =>
      receiver.received.filter((entry) => entry.event.data.identifiers.prisonNumber === released);
    const told = await eventually(mine, (found) => found.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mine()).toHaveLength(2);
    for (const { event } of told) {
      expect(event.data).toMatchObject({
        eventType: 'EDUCATION_RECORD_CHANGED',
        establishmentCode: 'LEI',
        facts: { part: 'SHARING_CONSENT', recordId: recordSharingConsent.id },
      });
      expect(JSON.stringify(event)).not.toContain('Acme');
    }
    const { webhooks } = await run<{ webhooks: { deliveredCount: number }[] }>(
      'CareersEventWebhookStatus',
      {},
    );
    expect(webhooks[0]?.deliveredCount).toBeGreaterThanOrEqual(2);
  });
});
