import type { EventLogStore } from '../store/eventLogStore';
import type { WebhookRow, WebhookStore } from '../store/webhookStore';
import { afterFailure, type RetrySchedule } from './retrySchedule';
import { webhookCursor } from './webhookCursor';
import { deliverEvent } from './webhookDelivery';

/** What the delivery worker works with. */
export interface DeliveryWorkerOptions {
  eventLog: EventLogStore;
  webhooks: WebhookStore;
  schedule: RetrySchedule;
  intervalMs: number;
  timeoutMs: number;
  /** Whether webhooks on this machine may be delivered to (development and tests only). */
  allowLoopback: boolean;
  log: (message: string, error?: unknown) => void;
}

/** How long a worker holds a webhook; it stops starting deliveries at half of it, so that it never overruns. */
const CLAIM_MS = 60_000;
const BATCH = 50;
/** Webhooks served per pass at most, so that a pass ends and the next one sees new events promptly. */
const WEBHOOKS_PER_PASS = 100;

/**
 * Delivers the log's events to each webhook in order, one at a time, moving its cursor past each event accepted:
 * a webhook gets every event of its types (and caseload) exactly in log order, at least once. A failure stops
 * the webhook where it is; it is tried again after a wait that doubles with each failure, and paused once it has
 * failed for the configured time (a day), its events kept for when it is resumed. Workers on several replicas
 * share the webhooks by claiming them (webhookStore.claimDue).
 */
export function startDeliveryWorker(options: DeliveryWorkerOptions) {
  const { eventLog, webhooks, schedule } = options;

  async function failed(webhook: WebhookRow, cursor: number, error: string): Promise<void> {
    const { changes } = afterFailure(schedule, webhook, error, Date.now());
    await webhooks.update(webhook.webhookId, {
      cursor,
      deliveredCount: webhook.deliveredCount,
      claimedUntil: null,
      ...changes,
    });
  }

  async function serve(webhook: WebhookRow, latest: number): Promise<void> {
    const filter = {
      types: JSON.parse(webhook.types) as string[],
      caseload: webhook.caseload === null ? null : (JSON.parse(webhook.caseload) as string[]),
    };
    const started = Date.now();
    // Where its JetStream consumer left it, for a webhook delivered from JetStream before EVENTS_NATS_URL was unset.
    let cursor = await webhookCursor(eventLog, webhook);
    let { deliveredCount } = webhook;
    let failing = webhook;
    while (Date.now() - started < CLAIM_MS / 2) {
      const events = await eventLog.after(cursor, filter, BATCH, latest);
      if (events.length === 0) {
        // Nothing more for it up to the newest event: its cursor moves past what it does not take.
        await webhooks.update(webhook.webhookId, { cursor: latest, claimedUntil: null });
        return;
      }
      for (const event of events) {
        const failure = await deliverEvent(
          webhook.url,
          webhook.secret,
          event.eventId,
          event.envelope,
          options.timeoutMs,
          options.allowLoopback,
        );
        if (failure !== null) {
          return failed({ ...failing, deliveredCount }, cursor, failure);
        }
        cursor = event.seq;
        deliveredCount += 1;
        failing = { ...failing, consecutiveFailures: 0, failingSince: null };
      }
      // The cursor is saved once a batch is delivered, not after each event: a worker that dies mid-batch delivers
      // the rest of it again, which receivers drop by id (at least once, as promised).
      const at = new Date().toISOString();
      await webhooks.update(webhook.webhookId, {
        cursor,
        deliveredCount,
        lastDeliveredAt: at,
        failingSince: null,
        lastError: null,
        consecutiveFailures: 0,
        nextAttemptAt: at,
      });
    }
    await webhooks.update(webhook.webhookId, { claimedUntil: null });
  }

  let pass: Promise<void> | null = null;
  const runPass = async (): Promise<void> => {
    const latest = await eventLog.latestSeq();
    for (let served = 0; served < WEBHOOKS_PER_PASS; served += 1) {
      const now = Date.now();
      const claimed = await webhooks.claimDue(
        new Date(now).toISOString(),
        new Date(now + CLAIM_MS).toISOString(),
        latest,
      );
      if (!claimed) return;
      await serve(claimed, latest);
    }
  };
  const deliverNow = async (): Promise<void> => {
    while (pass) await pass;
    pass = runPass().catch((error: unknown) => options.log('delivery pass failed', error));
    try {
      await pass;
    } finally {
      pass = null;
    }
  };
  const timer = setInterval(() => {
    if (!pass) void deliverNow();
  }, options.intervalMs);
  return {
    /** Runs a delivery pass now (after any running one). */
    deliverNow,
    async stop() {
      clearInterval(timer);
      await pass;
    },
  };
}

/** A running delivery worker. */
export type DeliveryWorker = ReturnType<typeof startDeliveryWorker>;
