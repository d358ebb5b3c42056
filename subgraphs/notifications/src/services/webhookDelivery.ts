import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { signWebhook } from '@lib/events/webhookSignature';
import { isAllowedWebhookAddress } from '@lib/network/publicAddress';
import { webhookHost } from './webhookUrl';

/** Why a delivery failed, in words an agency can act on; null when it was accepted (any 2xx). */
export type DeliveryFailure = string | null;

/** The code of a connection refused because the host resolved to an address a webhook may not reach. */
const ADDRESS_NOT_ALLOWED = 'EADDRNOTALLOWED';

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const code = (error as { code?: string }).code;
  if (code === ADDRESS_NOT_ALLOWED) return 'host resolves to a private or reserved address';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code) return `connection failed (${code})`;
  return 'connection failed';
}

/**
 * Resolves a webhook's host and refuses the connection when any address it resolves to is private, loopback or
 * reserved: checked here, on the address the socket then connects to, so that a name which resolved to a public
 * address at registration cannot be pointed at the justice network later (DNS rebinding).
 */
function checkedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((found) => !isAllowedWebhookAddress(found.address, allowLoopback));
      if (refused || addresses.length === 0) {
        const notAllowed = Object.assign(new Error(`${hostname} resolves to a disallowed address`), {
          code: ADDRESS_NOT_ALLOWED,
        });
        return callback(notAllowed, '', 0);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * POSTs one event to a webhook as a CloudEvent in structured mode, signed as Standard Webhooks specifies with the
 * webhook's secret, the event id as `webhook-id`. Redirects are not followed (they would send the signed event
 * somewhere the agency did not register), and the connection goes only to an address a webhook may reach.
 */
export function deliverEvent(
  url: string,
  secret: string,
  eventId: string,
  body: string,
  timeoutMs: number,
  allowLoopback = false,
): Promise<DeliveryFailure> {
  const target = new URL(url);
  const literal = webhookHost(target);
  // An address in the URL itself is connected to without a lookup: checked here instead.
  if (isIP(literal) !== 0 && !isAllowedWebhookAddress(literal, allowLoopback)) {
    return Promise.resolve(reasonOf({ code: ADDRESS_NOT_ALLOWED }, timeoutMs));
  }
  const options: RequestOptions = {
    method: 'POST',
    headers: {
      'content-type': 'application/cloudevents+json',
      'content-length': Buffer.byteLength(body),
      'user-agent': 'justice-gateway-webhooks/1',
      ...signWebhook(secret, eventId, body),
    },
    lookup: checkedLookup(allowLoopback),
    signal: AbortSignal.timeout(timeoutMs),
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const outgoing = send(target, options, (response) => {
      const status = response.statusCode ?? 0;
      // The answer's body means nothing to the sender: read and dropped, so that the connection is freed.
      response.resume();
      response.on('end', () => resolve(status >= 200 && status < 300 ? null : `HTTP ${status}`));
      response.on('error', (error) => resolve(reasonOf(error, timeoutMs)));
    });
    outgoing.on('error', (error) => resolve(reasonOf(error, timeoutMs)));
    outgoing.end(body);
  });
}
