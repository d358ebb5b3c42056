import { isIP } from 'node:net';
import { badUserInput } from '@lib/graphql/errors';
import { isAllowedWebhookAddress, isLoopbackAddress } from '@lib/network/publicAddress';
import { GraphQLError } from 'graphql';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_WEBHOOK_URL', argument: 'url' } });
}

/**
 * A URL's host as an address or a name: an IPv6 literal without its brackets, a name without a final dot, in lower
 * case. Checked at registration (below) and again at each delivery (webhookDelivery.ts).
 */
export function webhookHost(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** Whether a host names this machine: a loopback address, or localhost (and its subdomains, RFC 6761). */
function isLoopbackHost(host: string): boolean {
  return isLoopbackAddress(host) || host === 'localhost' || host.endsWith('.localhost');
}

/**
 * Checks a webhook's URL: https, with no credentials or fragment, at most 2000 characters, to a public host: an
 * address in a private, loopback, link-local or reserved range is refused (INVALID_WEBHOOK_URL), and the address
 * a name resolves to is checked again at each delivery (webhookDelivery.ts). Plain http, and this machine, only
 * where the deployment allows it (development and tests).
 */
export function requireWebhookUrl(input: string, allowLoopback: boolean): string {
  if (input.length > 2000) throw badUserInput('url must be at most 2000 characters', 'url');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw invalid(`"${input.slice(0, 100)}" is not a URL`);
  }
  if (url.username || url.password) throw invalid('A webhook URL may not carry credentials');
  if (url.hash) throw invalid('A webhook URL may not have a fragment');
  const host = webhookHost(url);
  const loopback = isLoopbackHost(host);
  if (url.protocol === 'http:' && allowLoopback && loopback) return url.toString();
  if (url.protocol !== 'https:') throw invalid('A webhook URL must be https');
  if (loopback ? !allowLoopback : isIP(host) !== 0 && !isAllowedWebhookAddress(host, allowLoopback)) {
    throw invalid('A webhook URL must reach a public address, not this machine or a private network');
  }
  return url.toString();
}
