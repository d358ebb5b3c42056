import type { EventTypeName } from '@lib/events/eventCatalogue';
import type { WebhookResolvers } from '../generated/resolvers';

/** A webhook's fields, from its row: the status as the agency sees it, the lists from their JSON. */
export const webhookResolvers: WebhookResolvers = {
  id: (webhook) => webhook.webhookId,
  url: (webhook) => webhook.url,
  description: (webhook) => webhook.description,
  types: (webhook) => JSON.parse(webhook.types) as EventTypeName[],
  establishmentCodes: (webhook) =>
    webhook.caseload === null ? null : (JSON.parse(webhook.caseload) as string[]),
  status: (webhook) => (webhook.state === 'PAUSED' ? 'PAUSED' : webhook.failingSince ? 'FAILING' : 'ACTIVE'),
  createdAt: (webhook) => webhook.createdAt,
  cursor: async (webhook, _args, context) => {
    const cursor = await context.notifications.webhooks.cursorOf(webhook);
    return cursor > 0 ? String(cursor) : null;
  },
  deliveredCount: (webhook) => webhook.deliveredCount,
  lastDeliveredAt: (webhook) => webhook.lastDeliveredAt,
  failingSince: (webhook) => webhook.failingSince,
  lastError: (webhook) => webhook.lastError,
  nextAttemptAt: (webhook) =>
    webhook.failingSince && webhook.state === 'ACTIVE' ? webhook.nextAttemptAt : null,
  consecutiveFailures: (webhook) => webhook.consecutiveFailures,
};
