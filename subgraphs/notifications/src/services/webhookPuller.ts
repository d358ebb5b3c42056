import type { ConsumerMessages, NatsConnection } from 'nats';
import type { DeliverMessage } from './consumedDelivery';
import { consumerNameOf } from './webhookConsumers';

/** How long one pull waits for a message: a stop is noticed within it at worst. */
const PULL_WAIT_MS = 5_000;
/** The wait before trying again after the consumer could not be read (NATS away, or the consumer being remade). */
const RETRY_MS = 1_000;

/**
 * Takes a webhook's messages from its consumer one at a time and delivers each, until stopped or until delivery
 * says the webhook is paused or gone. Replicas each run a puller on the same consumer: JetStream gives each
 * message to one of them, and with one message outstanding at most they deliver in turn, in order.
 */
export function startWebhookPuller(
  nc: NatsConnection,
  stream: string,
  webhookId: string,
  deliver: DeliverMessage,
  log: (message: string, error?: unknown) => void,
) {
  let stopping = false;
  let ended = false;
  let pull: ConsumerMessages | null = null;
  const loop = (async () => {
    while (!stopping) {
      try {
        const consumer = await nc.jetstream().consumers.get(stream, consumerNameOf(webhookId));
        while (!stopping) {
          pull = await consumer.fetch({ max_messages: 1, expires: PULL_WAIT_MS });
          // Stopped while the pull was being asked for: ended now rather than at its expiry.
          if (stopping) pull.stop();
          for await (const message of pull) {
            // Taken as the puller stopped: given back at once for another replica, or for when it is resumed.
            if (stopping) message.nak();
            else if (!(await deliver(webhookId, message))) stopping = true;
          }
        }
      } catch (error) {
        if (!stopping) log(`delivering to webhook ${webhookId} from JetStream failed; trying again`, error);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
    ended = true;
  })();
  return {
    /** Whether it has stopped, of itself (the webhook paused or gone) or when told. */
    get ended() {
      return ended;
    },
    async stop() {
      stopping = true;
      pull?.stop();
      await loop;
    },
  };
}

/** A webhook's puller. */
export type WebhookPuller = ReturnType<typeof startWebhookPuller>;
