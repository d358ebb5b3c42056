import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The headers Standard Webhooks (standardwebhooks.com) signs a message with. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

const SECRET_PREFIX = 'whsec_';
/** How far a message's timestamp may be from the receiver's clock: older ones may be replays. */
export const WEBHOOK_TOLERANCE_S = 5 * 60;

/** A new signing secret: `whsec_` and 32 random bytes in base64, as Standard Webhooks writes them. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
  if (key.length < 16) throw new Error('A webhook secret must hold at least 16 bytes');
  return key;
}

function signatureOf(key: Buffer, id: string, timestamp: string, body: string): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** Signs a message: the headers to send with `body` (the exact bytes sent). */
export function signWebhook(secret: string, id: string, body: string, nowMs = Date.now()): WebhookHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signatureOf(keyOf(secret), id, timestamp, body)}`,
  };
}

/** Why a message was refused, for the receiver's log and its 4xx answer. */
export class WebhookVerificationError extends Error {}

function header(headers: Record<string, string | string[] | undefined>, name: string): string {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) throw new WebhookVerificationError(`missing ${name} header`);
  return text;
}

/**
 * Verifies a message as Standard Webhooks specifies: one of the `v1,` signatures is the HMAC-SHA256 of
 * `id.timestamp.body` under the secret (compared in constant time), and the timestamp is within the tolerance.
 * Returns the message id, by which the receiver deduplicates; throws WebhookVerificationError otherwise.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  nowMs = Date.now(),
): string {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(nowMs / 1000 - seconds) > WEBHOOK_TOLERANCE_S) {
    throw new WebhookVerificationError('webhook-timestamp is missing, malformed or too far from now');
  }
  const expected = Buffer.from(signatureOf(keyOf(secret), id, timestamp, body), 'base64');
  const matches = header(headers, 'webhook-signature')
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => Buffer.from(part.slice(3), 'base64'))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
  if (!matches) throw new WebhookVerificationError('no valid signature');
  return id;
}
