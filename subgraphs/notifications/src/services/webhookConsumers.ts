import {
  AckPolicy,
  DeliverPolicy,
  nanos,
  type ConsumerConfig,
  type NatsConnection,
  type NatsError,
} from 'nats';
import { eventSubject } from '@lib/events/natsEventStream';
import type { EventLogStore } from '../store/eventLogStore';
import type { WebhookRow } from '../store/webhookStore';

/** Every webhook's consumer is named `webhook-<id>`: the prefix tells them from the log's intake consumer. */
const CONSUMER_PREFIX = 'webhook-';
/** JetStream's error code for a consumer that does not exist. */
const CONSUMER_NOT_FOUND = 10014;

/** The durable consumer of a webhook. */
export function consumerNameOf(webhookId: string): string {
  return `${CONSUMER_PREFIX}${webhookId}`;
}

function isNotFound(error: unknown): boolean {
  return (error as NatsError).api_error?.err_code === CONSUMER_NOT_FOUND;
}

/** Whether a server of this version takes several filter subjects on one consumer (NATS 2.10 and later). */
function takesSeveralFilters(version: string | undefined): boolean {
  const [major = 0, minor = 0] = (version ?? '0.0').split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 10);
}

/**
 * The webhooks' durable pull consumers on the events stream. Each takes its webhook's event types from the
 * stream position the webhook starts at, one message at a time (max_ack_pending 1): a message not yet
 * acknowledged holds back those after it, so that a failing event blocks the rest as the embedded worker's cursor
 * does, and a record's events arrive in order. Redelivery is never given up (max_deliver -1): a failing webhook
 * is paused instead, and its consumer kept where it is until it is resumed.
 */
export async function webhookConsumers(
  nc: NatsConnection,
  stream: string,
  eventLog: EventLogStore,
  ackWaitMs: number,
) {
  const jsm = await nc.jetstreamManager();
  const severalFilters = takesSeveralFilters(nc.info?.version);

  // Before 2.10 a consumer has at most one filter subject: one of several types takes the whole stream, and
  // delivery acknowledges the events of other types without delivering them.
  function filterOf(types: readonly string[]): Partial<ConsumerConfig> {
    const subjects = types.map((type) => eventSubject(stream, type));
    if (subjects.length === 1) return { filter_subject: subjects[0] };
    return severalFilters ? { filter_subjects: subjects } : {};
  }

  async function create(webhook: WebhookRow, startSeq: number): Promise<void> {
    await jsm.consumers.add(stream, {
      durable_name: consumerNameOf(webhook.webhookId),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: startSeq,
      max_ack_pending: 1,
      max_deliver: -1,
      ack_wait: nanos(ackWaitMs),
      ...filterOf(JSON.parse(webhook.types) as string[]),
    });
  }

  async function remove(webhookId: string): Promise<void> {
    try {
      await jsm.consumers.delete(stream, consumerNameOf(webhookId));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  return {
    /**
     * Makes the webhook's consumer, after its cursor and what a consumer of it delivered last, unless it has one
     * (which keeps its own position).
     */
    async ensure(webhook: WebhookRow): Promise<void> {
      try {
        await jsm.consumers.info(stream, consumerNameOf(webhook.webhookId));
      } catch (error) {
        if (!isNotFound(error)) throw error;
        const afterCursor = await eventLog.streamSeqAfter(webhook.cursor);
        const afterDelivered = (webhook.deliveredStreamSeq ?? 0) + 1;
        await create(webhook, Math.max(afterCursor, afterDelivered));
      }
    },

    /** Starts the webhook's consumer again after a log cursor (a replay): a consumer's start cannot be moved. */
    async reposition(webhook: WebhookRow, afterCursor: number): Promise<void> {
      await remove(webhook.webhookId);
      await create(webhook, await eventLog.streamSeqAfter(afterCursor));
    },

    remove,

    /** The ids of the webhooks that have a consumer on the stream. */
    async webhookIds(): Promise<string[]> {
      const ids: string[] = [];
      for await (const consumer of jsm.consumers.list(stream)) {
        if (consumer.name.startsWith(CONSUMER_PREFIX)) ids.push(consumer.name.slice(CONSUMER_PREFIX.length));
      }
      return ids;
    },
  };
}

/** The webhooks' consumers on one stream. */
export type WebhookConsumers = Awaited<ReturnType<typeof webhookConsumers>>;
