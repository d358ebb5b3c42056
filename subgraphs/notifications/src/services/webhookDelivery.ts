import { signWebhook } from '@lib/events/webhookSignature';

/** Why a delivery failed, in words an agency can act on; null when it was accepted (any 2xx). */
export type DeliveryFailure = string | null;

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code) return `connection failed (${code})`;
  return 'connection failed';
}

/**
 * POSTs one event to a webhook as a CloudEvent in structured mode, signed as Standard Webhooks specifies with the
 * webhook's secret, the event id as `webhook-id`. Redirects are not followed (they would send the signed event
 * somewhere the agency did not register).
 */
export async function deliverEvent(
  url: string,
  secret: string,
  eventId: string,
  body: string,
  timeoutMs: number,
): Promise<DeliveryFailure> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/cloudevents+json',
        'user-agent': 'justice-gateway-webhooks/1',
        ...signWebhook(secret, eventId, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}`;
  } catch (error) {
    return reasonOf(error, timeoutMs);
  }
}
