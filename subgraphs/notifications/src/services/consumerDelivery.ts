import { connectNats, ensureEventStream } from '@lib/events/natsEventStream';
import type { WebhookRow } from '../store/webhookStore';
import { consumedDelivery, type ConsumedDeliveryOptions } from './consumedDelivery';
import { webhookConsumers } from './webhookConsumers';
import { startWebhookPuller, type WebhookPuller } from './webhookPuller';

/**
 * How much longer than a delivery may take JetStream waits for its acknowledgement before it gives the message to
 * another replica: enough for the webhook's status to be written after the delivery, so that a live replica's
 * message is never delivered twice at once; a replica killed mid-delivery holds its message that long.
 */
const ACK_WAIT_MARGIN_MS = 5_000;
/** How often each replica matches consumers and pullers to the webhooks, for changes made on other replicas. */
const RECONCILE_MS = 2_000;

/** What webhook registration tells the delivery of, so that consumers follow webhooks at once. */
export interface WebhookSubscriptionHooks {
  registered(webhook: WebhookRow): Promise<void>;
  /** Resumed where it stopped (`from` null) or from a log cursor. */
  resumed(webhook: WebhookRow, from: number | null): Promise<void>;
  paused(webhookId: string): Promise<void>;
  removed(webhookId: string): Promise<void>;
}

/**
 * Webhook delivery where JetStream carries the events (EVENTS_NATS_URL): each webhook has a durable pull consumer
 * of its own on the events stream (webhookConsumers.ts), and every replica pulls from the consumers of the active
 * webhooks. JetStream keeps each webhook's position and shares its messages among the replicas, so that delivery
 * scales out and a restarted replica carries on where the consumer stood, with nothing of the embedded worker's
 * claims or cursors to keep. The event log is still kept (by the intake consumer) for the pull feed and the
 * caseworker's page; it is not delivered from.
 *
 * The consumers follow the webhooks: made when one is registered (or, for one registered while NATS was away or
 * before it was configured, when the delivery next matches them up, at start-up and every two seconds), kept
 * while one is paused (its events wait in the stream), remade when one is replayed from a cursor, and deleted
 * with the webhook. Hooks never fail the request: what they could not do, the next matching does.
 */
export async function startConsumerDelivery(
  options: ConsumedDeliveryOptions & { url: string; stream: string },
) {
  const { webhooks, stream, log } = options;
  const nc = await connectNats(options.url, 'notifications-webhooks');
  await ensureEventStream(nc, stream);
  const consumers = await webhookConsumers(
    nc,
    stream,
    options.eventLog,
    options.timeoutMs + ACK_WAIT_MARGIN_MS,
  );
  const deliver = consumedDelivery(options);
  const pullers = new Map<string, WebhookPuller>();

  // One change at a time, so that a hook and the matching never start two pullers or undo each other's consumer.
  let queue: Promise<void> = Promise.resolve();
  const exclusively = (what: string, work: () => Promise<void>): Promise<void> => {
    queue = queue.then(work).catch((error: unknown) => log(`${what} failed`, error));
    return queue;
  };
  const startPulling = (webhookId: string) => {
    const running = pullers.get(webhookId);
    if (!running || running.ended) {
      pullers.set(webhookId, startWebhookPuller(nc, stream, webhookId, deliver, log));
    }
  };
  const stopPulling = async (webhookId: string) => {
    const running = pullers.get(webhookId);
    pullers.delete(webhookId);
    await running?.stop();
  };

  async function matchUp(): Promise<void> {
    // The consumers are listed before the webhooks are read: a consumer is made after its webhook is stored, so
    // one listed whose webhook is not read is one whose webhook was removed (its deletion lost, or raced).
    const withConsumer = new Set(await consumers.webhookIds());
    const states = await webhooks.states();
    const known = new Set(states.map((webhook) => webhook.webhookId));
    for (const webhookId of withConsumer) if (!known.has(webhookId)) await consumers.remove(webhookId);
    for (const webhookId of [...pullers.keys()]) if (!known.has(webhookId)) await stopPulling(webhookId);
    for (const { webhookId, state } of states) {
      if (state !== 'ACTIVE') {
        await stopPulling(webhookId);
        continue;
      }
      if (!withConsumer.has(webhookId)) {
        const webhook = await webhooks.find(webhookId);
        if (webhook) await consumers.ensure(webhook);
      }
      startPulling(webhookId);
    }
  }

  await exclusively('matching consumers to webhooks', matchUp);
  const timer = setInterval(() => void exclusively('matching consumers to webhooks', matchUp), RECONCILE_MS);

  const hooks: WebhookSubscriptionHooks = {
    registered: (webhook) =>
      exclusively(`making webhook ${webhook.webhookId}'s consumer`, async () => {
        await consumers.ensure(webhook);
        startPulling(webhook.webhookId);
      }),
    resumed: (webhook, from) =>
      exclusively(`resuming webhook ${webhook.webhookId}`, async () => {
        await stopPulling(webhook.webhookId);
        if (from === null) await consumers.ensure(webhook);
        else await consumers.reposition(webhook, from);
        startPulling(webhook.webhookId);
      }),
    paused: (webhookId) => exclusively(`pausing webhook ${webhookId}`, () => stopPulling(webhookId)),
    removed: (webhookId) =>
      exclusively(`deleting webhook ${webhookId}'s consumer`, async () => {
        await stopPulling(webhookId);
        await consumers.remove(webhookId);
      }),
  };

  return {
    hooks,
    async stop() {
      clearInterval(timer);
      await queue;
      await Promise.all([...pullers.keys()].map(stopPulling));
      await nc.drain();
    },
  };
}

/** Webhook delivery from JetStream consumers. */
export type ConsumerDelivery = Awaited<ReturnType<typeof startConsumerDelivery>>;
