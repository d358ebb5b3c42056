import type { RunningSupergraph } from '../../support/startSupergraph';

/** The operations the events tests send through the gateway. */
export const REGISTER_WEBHOOK = /* GraphQL */ `
  #graphql
  mutation RegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
        status
        types
        establishmentCodes
      }
    }
  }
`;

export const WEBHOOKS = /* GraphQL */ `
  #graphql
  query Webhooks {
    webhooks {
      id
      url
      status
      cursor
      deliveredCount
      lastDeliveredAt
      failingSince
      lastError
      nextAttemptAt
      consecutiveFailures
    }
  }
`;

export const EVENTS = /* GraphQL */ `
  #graphql
  query Events($after: String, $types: [EventType!], $pncId: String, $first: Int) {
    events(after: $after, types: $types, pncId: $pncId, first: $first) {
      endCursor
      hasMore
      events {
        id
        type
        cloudEventType
        source
        subject
        cursor
        pncId
        prisonNumber
        urn
        crownCourtCaseNumber
        crownCourtCode
        establishmentCode
        cloudEvent
      }
    }
  }
`;

export const RESUME_WEBHOOK = /* GraphQL */ `
  #graphql
  mutation ResumeWebhook($id: ID!, $from: String) {
    resumeWebhook(id: $id, from: $from) {
      id
      status
    }
  }
`;

/** A webhook as WEBHOOKS reads it. */
export interface WebhookView {
  id: string;
  url: string;
  status: 'ACTIVE' | 'FAILING' | 'PAUSED';
  cursor: string | null;
  deliveredCount: number;
  lastDeliveredAt: string | null;
  failingSince: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  consecutiveFailures: number;
}

/** An event as EVENTS reads it. */
export interface EventView {
  id: string;
  type: string;
  cloudEventType: string;
  source: string;
  subject: string;
  cursor: string;
  pncId: string | null;
  prisonNumber: string | null;
  urn: string | null;
  crownCourtCaseNumber: string | null;
  crownCourtCode: string | null;
  establishmentCode: string | null;
  cloudEvent: string;
}

/** Registers a webhook and returns its id and secret, failing the test on any error. */
export async function registerWebhook(
  supergraph: RunningSupergraph,
  token: string,
  input: { url: string; types: string[]; from?: string },
): Promise<{ id: string; secret: string }> {
  const answer = await supergraph.queryAs<{ registerWebhook: { secret: string; webhook: { id: string } } }>(
    token,
    REGISTER_WEBHOOK,
    { input },
  );
  expect(answer.errors).toBeUndefined();
  const registered = answer.data?.registerWebhook;
  if (!registered) throw new Error('no webhook registered');
  return { id: registered.webhook.id, secret: registered.secret };
}

/** The caller's webhook `id` as WEBHOOKS reads it. */
export async function webhookView(
  supergraph: RunningSupergraph,
  token: string,
  id: string,
): Promise<WebhookView> {
  const answer = await supergraph.queryAs<{ webhooks: WebhookView[] }>(token, WEBHOOKS);
  expect(answer.errors).toBeUndefined();
  const found = answer.data?.webhooks.find((webhook) => webhook.id === id);
  if (!found) throw new Error(`webhook ${id} not listed`);
  return found;
}

export { eventually } from '../../support/eventually';
