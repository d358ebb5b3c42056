import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { seededDataDir, TEST_AS_OF } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import {
  EVENTS,
  eventually,
  registerWebhook,
  RESUME_WEBHOOK,
  webhookView,
  type EventView,
} from './support/eventOperations';
import { EMBEDDED, natsTransport, QUICK_RETRIES, type EventTransport } from './support/eventTransports';

const OVERDUE = ['CONFISCATION_PAYMENT_OVERDUE'];

describe.each([EMBEDDED, natsTransport()])(
  'webhooks paused and resumed ($name)',
  (transport: EventTransport) => {
    let supergraph: RunningSupergraph;
    let receiver: WebhookReceiver;
    let token: string;

    beforeAll(async () => {
      const { dataDir } = await seededDataDir();
      // A day of failures, shortened to a second and a half.
      supergraph = await startSupergraph(dataDir, {
        ...QUICK_RETRIES,
        ...transport.env(),
        EVENTS_PAUSE_AFTER_MS: '1500',
      });
      receiver = await startWebhookReceiver();
      token = await supergraph.tokenFor('offender-manager');
    }, 60_000);

    afterAll(async () => {
      await receiver?.close();
      await supergraph?.stop();
      await transport.cleanUp();
    });

    async function feed(): Promise<EventView[]> {
      const page = await supergraph.queryAs<{ events: { events: EventView[] } }>(token, EVENTS, {
        types: OVERDUE,
        first: 500,
      });
      expect(page.errors).toBeUndefined();
      return page.data?.events.events ?? [];
    }

    describe('a webhook that fails for a day', () => {
      it('is paused with its events kept, gets them all in order when resumed, and can replay from a cursor', async () => {
        const webhook = await registerWebhook(supergraph, token, { url: receiver.url, types: OVERDUE });
        receiver.setSecret(webhook.secret);
        receiver.failWith(503);
        const confiscation = supergraph.confiscation.events;
        if (!confiscation) throw new Error('confiscation has no event relay');
        const overdue = await confiscation.scanNow(new Date(`${TEST_AS_OF}T12:00:00Z`));
        expect(overdue).toBeGreaterThan(0);
        const paused = await eventually(
          () => webhookView(supergraph, token, webhook.id),
          (view) => view.status === 'PAUSED',
        );
        expect(paused).toMatchObject({ lastError: 'HTTP 503', deliveredCount: 0, nextAttemptAt: null });
        expect(paused.failingSince).not.toBeNull();

        receiver.failWith(null);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(receiver.received).toHaveLength(0);
        const kept = await feed();
        expect(kept).toHaveLength(overdue);

        const resumed = await supergraph.queryAs(token, RESUME_WEBHOOK, { id: webhook.id });
        expect(resumed.errors).toBeUndefined();
        await eventually(
          () => receiver.received.length,
          (count) => count === overdue,
        );
        expect(receiver.received.map((entry) => entry.id)).toEqual(kept.map((event) => event.id));
        expect(await webhookView(supergraph, token, webhook.id)).toMatchObject({
          status: 'ACTIVE',
          deliveredCount: overdue,
          failingSince: null,
          lastError: null,
        });

        // Replaying from the cursor of the first event delivers the rest again: the receiver drops them by id.
        const replay = await supergraph.queryAs(token, RESUME_WEBHOOK, {
          id: webhook.id,
          from: kept[0]?.cursor,
        });
        expect(replay.errors).toBeUndefined();
        await eventually(
          () => receiver.counts.duplicates,
          (count) => count === overdue - 1,
        );
        expect(receiver.received).toHaveLength(overdue);
      });

      it('is not another agency’s to see or resume', async () => {
        const others = await supergraph.tokenFor('court-staff');
        const mine = await registerWebhook(supergraph, token, { url: receiver.url, types: OVERDUE });
        const resumed = await supergraph.queryAs(others, RESUME_WEBHOOK, { id: mine.id });
        expect(resumed.errors?.[0]?.extensions?.code).toBe('WEBHOOK_NOT_FOUND');
      });
    });
  },
);
