import { badUserInput } from '@lib/graphql/errors';
import { GraphQLError } from 'graphql';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_WEBHOOK_URL', argument: 'url' } });
}

/**
 * Checks a webhook's URL: https, with no credentials or fragment, at most 2000 characters; plain http only to
 * this machine, and only where the deployment allows it (development and tests).
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
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && allowLoopback && LOOPBACK_HOSTS.has(url.hostname)) return url.toString();
  throw invalid('A webhook URL must be https');
}
