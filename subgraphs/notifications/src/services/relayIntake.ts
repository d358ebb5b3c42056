import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyWebhook, WebhookVerificationError } from '@lib/events/webhookSignature';
import { BodyTooLargeError, readRequestBody } from '@lib/http/readRequestBody';
import { sendJson } from '@lib/http/sendJson';
import type { EventLogStore } from '../store/eventLogStore';
import { readEnvelopes } from './eventEnvelopes';

const MAX_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * The route the subgraphs' relays POST their events to: a batch signed with the deployment's relay secret (as a
 * Standard Webhooks message), kept in the log once per event id, in order. 401 for a batch not signed with the
 * secret, 400 for one that is not a batch of events, 413 for one too large; 200 once kept, with how many were new.
 */
export function relayIntakeRoute(eventLog: EventLogStore, relaySecret: string, onIngested: () => void) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST a batch of events' });
    let body: string;
    try {
      body = await readRequestBody(request, MAX_BATCH_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: 'batch too large' });
      throw error;
    }
    try {
      verifyWebhook(relaySecret, request.headers, body);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return sendJson(response, 401, { error: error.message });
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(response, 400, { error: 'the body is not JSON' });
    }
    const events = readEnvelopes(parsed);
    if (!events) return sendJson(response, 400, { error: 'the body is not a batch of justice events' });
    const fresh = await eventLog.ingest(events);
    if (fresh > 0) onIngested();
    sendJson(response, 200, { received: events.length, new: fresh });
  };
}
