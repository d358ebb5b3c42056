import { randomUUID } from 'node:crypto';
import type { CloudEventEnvelope } from './cloudEvent';
import type { EventPublisher } from './eventRelay';
import { signWebhook } from './webhookSignature';

/** The path on the notifications subgraph that receives relayed events. */
export const RELAY_PATH = '/events/relay';

/** How long a relayed batch may take before the relay gives up and tries again on its next pass. */
const RELAY_TIMEOUT_MS = 5_000;

/** The relay endpoint of the notifications subgraph, from its GraphQL URL. */
export function relayEndpoint(notificationsGraphqlUrl: string): string {
  return new URL(RELAY_PATH, notificationsGraphqlUrl).toString();
}

/**
 * Hands events to the notifications subgraph over HTTP, a batch per request, signed as a Standard Webhooks message
 * with the relay secret that only the deployment's processes hold: the notifications subgraph takes events from
 * no one else. Any answer but 2xx fails the batch, which stays in the outbox for the next pass.
 */
export function httpEventPublisher(notificationsGraphqlUrl: string, relaySecret: string): EventPublisher {
  const endpoint = relayEndpoint(notificationsGraphqlUrl);
  return {
    async publish(events: readonly CloudEventEnvelope[]) {
      const body = JSON.stringify({ events });
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(relaySecret, randomUUID(), body) },
        body,
        signal: AbortSignal.timeout(RELAY_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the notifications subgraph answered ${response.status}`);
    },
    close: () => Promise.resolve(),
  };
}
