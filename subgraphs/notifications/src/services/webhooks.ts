import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Caller } from '@lib/auth/caller';
import type { EventTypeName } from '@lib/events/eventCatalogue';
import { newWebhookSecret } from '@lib/events/webhookSignature';
import { badUserInput } from '@lib/graphql/errors';
import type { EventLogStore } from '../store/eventLogStore';
import type { WebhookRow, WebhookStore } from '../store/webhookStore';
import type { WebhookSubscriptionHooks } from './consumerDelivery';
import { allowedTypes, readCursor } from './eventAccess';
import { webhookCursor } from './webhookCursor';
import { requireWebhookUrl } from './webhookUrl';

/** A webhook to register, as the mutation's input reads. */
export interface WebhookRequest {
  url: string;
  types: readonly EventTypeName[];
  description?: string | null;
  from?: string | null;
}

function notFound(id: string): GraphQLError {
  return new GraphQLError(`Your agency has no webhook ${id}`, {
    extensions: { code: 'WEBHOOK_NOT_FOUND', argument: 'id' },
  });
}

/** Whether a caller may manage a webhook: their agency's, and for prison staff, one within their caseload. */
function manages(caller: Caller, webhook: WebhookRow): boolean {
  if (webhook.agency !== caller.agency) return false;
  if (caller.caseload === null) return true;
  const held = webhook.caseload === null ? null : (JSON.parse(webhook.caseload) as string[]);
  return held !== null && held.every((prison) => caller.caseload?.includes(prison));
}

/**
 * Registering and managing an agency's webhooks; `subscriptions` (with JetStream) makes each webhook's consumer
 * follow it, after the change is stored.
 */
export function webhookService(
  webhooks: WebhookStore,
  eventLog: EventLogStore,
  allowLoopback: boolean,
  subscriptions: WebhookSubscriptionHooks | null = null,
) {
  async function owned(caller: Caller, id: string): Promise<WebhookRow> {
    const webhook = await webhooks.find(id);
    if (!webhook || !manages(caller, webhook)) throw notFound(id);
    return webhook;
  }
  return {
    /** The agency's webhooks that the caller may manage. */
    async list(caller: Caller): Promise<WebhookRow[]> {
      return (await webhooks.ofAgency(caller.agency)).filter((webhook) => manages(caller, webhook));
    },

    async register(caller: Caller, request: WebhookRequest): Promise<WebhookRow> {
      const url = requireWebhookUrl(request.url, allowLoopback);
      if (request.types.length === 0) throw badUserInput('Name at least one event type', 'types');
      const types = allowedTypes(caller, request.types);
      const description = request.description?.trim() || null;
      if (description && description.length > 200) {
        throw badUserInput('description must be at most 200 characters', 'description');
      }
      const now = new Date().toISOString();
      const row: WebhookRow = {
        webhookId: randomUUID(),
        agency: caller.agency,
        createdBy: caller.subject,
        url,
        description,
        types: JSON.stringify(types),
        caseload: caller.caseload === null ? null : JSON.stringify(caller.caseload),
        secret: newWebhookSecret(),
        createdAt: now,
        state: 'ACTIVE',
        cursor: request.from ? readCursor(request.from, 'from') : await eventLog.latestSeq(),
        deliveredStreamSeq: null,
        deliveredCount: 0,
        lastDeliveredAt: null,
        failingSince: null,
        lastError: null,
        consecutiveFailures: 0,
        nextAttemptAt: now,
        claimedUntil: null,
      };
      await webhooks.insert(row);
      await subscriptions?.registered(row);
      return row;
    },

    async pause(caller: Caller, id: string): Promise<WebhookRow> {
      await owned(caller, id);
      const paused = await webhooks.update(id, { state: 'PAUSED' });
      if (!paused) throw notFound(id);
      await subscriptions?.paused(id);
      return paused;
    },

    /** Resumes delivery, from where it stopped or from a cursor, with the failures forgotten. */
    async resume(caller: Caller, id: string, from: string | null | undefined): Promise<WebhookRow> {
      await owned(caller, id);
      const now = new Date().toISOString();
      const fromCursor = from ? readCursor(from, 'from') : null;
      const resumed = await webhooks.update(id, {
        state: 'ACTIVE',
        // A replay starts its consumer afresh after the cursor: what the old one delivered is behind it no more.
        ...(fromCursor === null ? {} : { cursor: fromCursor, deliveredStreamSeq: null }),
        failingSince: null,
        consecutiveFailures: 0,
        nextAttemptAt: now,
      });
      if (!resumed) throw notFound(id);
      await subscriptions?.resumed(resumed, fromCursor);
      return resumed;
    },

    /** Where the webhook stands in the log (the field `cursor`), as far as the log has come. */
    cursorOf: (webhook: WebhookRow): Promise<number> => webhookCursor(eventLog, webhook),

    async remove(caller: Caller, id: string): Promise<boolean> {
      const webhook = await webhooks.find(id);
      if (!webhook || !manages(caller, webhook)) return false;
      const removed = await webhooks.remove(id);
      if (removed) await subscriptions?.removed(id);
      return removed;
    },
  };
}

/** The webhooks service. */
export type WebhookService = ReturnType<typeof webhookService>;
