import type { JsMsg } from 'nats';
import type { EventLogStore } from '../store/eventLogStore';
import type { WebhookStore } from '../store/webhookStore';
import { readEnvelopeText } from './eventEnvelopes';
import { afterFailure, type RetrySchedule } from './retrySchedule';
import { deliverEvent } from './webhookDelivery';

/** What delivering from a webhook's consumer works with. */
export interface ConsumedDeliveryOptions {
  eventLog: EventLogStore;
  webhooks: WebhookStore;
  schedule: RetrySchedule;
  timeoutMs: number;
  allowLoopback: boolean;
  log: (message: string, error?: unknown) => void;
}

/** Whether to go on taking the webhook's messages after one: not once it is paused or gone. */
export type KeepPulling = boolean;

/** Whether a subscriber with this caseload (null: none) may be told of an event at this prison, as the log reads. */
function withinCaseload(caseload: readonly string[] | null, establishmentCode: string | null): boolean {
  return caseload === null || (establishmentCode !== null && caseload.includes(establishmentCode));
}

/**
 * Delivers one message of a webhook's consumer as the log-based worker delivers an event: signed, to an address
 * a webhook may reach, only when within the subscriber's types and caseload (others are acknowledged and left
 * out). A delivery accepted is counted and acknowledged; a failure is recorded and the message given back with
 * the schedule's wait, or, once the webhook has failed long enough, the webhook paused and the message given back
 * for when it is resumed. The webhook is read afresh for each message, so that a pause made on another replica
 * is seen at once.
 */
export function consumedDelivery(options: ConsumedDeliveryOptions) {
  const { webhooks, schedule } = options;
  return async function deliverMessage(webhookId: string, message: JsMsg): Promise<KeepPulling> {
    const webhook = await webhooks.find(webhookId);
    if (!webhook || webhook.state !== 'ACTIVE') {
      message.nak();
      return false;
    }
    const waitMs = Date.parse(webhook.nextAttemptAt) - Date.now();
    if (webhook.failingSince !== null && waitMs > 0) {
      // Given again before its time (a replica restarted meanwhile): back until the schedule's next attempt.
      message.nak(waitMs);
      return true;
    }
    const event = readEnvelopeText(message.string());
    const types = JSON.parse(webhook.types) as string[];
    const caseload = webhook.caseload === null ? null : (JSON.parse(webhook.caseload) as string[]);
    if (!event) options.log(`stream message ${message.seq} is not a justice event; left out`);
    if (
      !event ||
      !types.includes(event.data.eventType) ||
      !withinCaseload(caseload, event.data.establishmentCode)
    ) {
      message.ack();
      return true;
    }
    const body = message.string();
    const failure = await deliverEvent(
      webhook.url,
      webhook.secret,
      event.id,
      body,
      options.timeoutMs,
      options.allowLoopback,
    );
    const nowMs = Date.now();
    if (failure === null) {
      // Recorded before the acknowledgement: a process killed in between delivers the event again (at least once).
      // By its stream sequence, not its place in the log: the log's own consumer may not have taken it yet.
      await webhooks.recordDelivered(webhookId, message.seq, new Date(nowMs).toISOString());
      message.ack();
      return true;
    }
    const { changes, paused, waitMs: retryInMs } = afterFailure(schedule, webhook, failure, nowMs);
    await webhooks.update(webhookId, changes);
    if (paused) {
      message.nak();
      return false;
    }
    message.nak(retryInMs);
    return true;
  };
}

/** Delivers one message of a webhook's consumer. */
export type DeliverMessage = ReturnType<typeof consumedDelivery>;
