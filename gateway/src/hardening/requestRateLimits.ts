import type { IncomingMessage } from 'node:http';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '@lib/auth/caller';
import { HttpRefusal } from '@lib/http/httpRefusal';
import type { RateLimiterStore } from '@lib/rateLimit/rateLimiterStore';

/** The gateway's request rate limits, per minute (RATE_LIMIT_*). */
export interface RateLimitSettings {
  /** Redis shared by the gateway's replicas (RATE_LIMIT_REDIS_URL); null counts in this process's memory. */
  redisUrl: string | null;
  /** What every key starts with in the store (RATE_LIMIT_KEY_PREFIX), so that deployments can share a Redis. */
  keyPrefix: string;
  /** Requests a minute per caller (token subject) of a staff or partner agency (RATE_LIMIT_CALLER_PER_MINUTE). */
  callerPerMinute: number;
  /** Requests a minute per member of the public booking visits (RATE_LIMIT_PUBLIC_BOOKER_PER_MINUTE). */
  publicBookerPerMinute: number;
  /** Requests a minute per client address without a token (RATE_LIMIT_ANONYMOUS_PER_MINUTE). */
  anonymousPerMinute: number;
  /** Refused tokens a minute per client address before it is blocked (RATE_LIMIT_FAILED_TOKENS_PER_MINUTE)... */
  failedTokensPerMinute: number;
  /** ...for this long, whatever token it sends next (RATE_LIMIT_FAILED_TOKENS_BLOCK_SECONDS). */
  failedTokensBlockSeconds: number;
  /**
   * How many proxies in front of the gateway append to X-Forwarded-For (TRUSTED_PROXY_HOPS, default 0): the client
   * address is the one that many hops from the right; with 0 the header is ignored, since a caller can write it.
   */
  trustedProxyHops: number;
}

/** The agency whose callers are members of the public, held to the tighter limit. */
const PUBLIC_BOOKER_AGENCY = 'public-visit-booker';

/** Why a request was refused for its rate, as the metric and the log name it. */
export type RateLimitReason = 'caller' | 'public-booker' | 'anonymous' | 'failed-tokens';

/** The address a request came from: the socket's, or the one the trusted proxies recorded. */
export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return socketAddress;
  const forwarded = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // The last proxy appended the address it saw: trust as many entries from the right as there are proxies.
  return hops[hops.length - trustedProxyHops] ?? hops[0] ?? socketAddress;
}

function tooMany(reason: RateLimitReason, msBeforeNext: number): HttpRefusal {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const message =
    reason === 'failed-tokens'
      ? `Too many refused access tokens from this address; try again in ${seconds} s`
      : `Too many requests; try again in ${seconds} s`;
  return new HttpRefusal(429, 'RATE_LIMITED', message, { 'retry-after': String(seconds) });
}

/** The limits a request is held to, counted in `store`. */
export interface RequestRateLimits {
  /** Refuses (429) an address that has sent too many refused tokens, before its token is even looked at. */
  refuseIfBlocked(address: string): Promise<void>;
  /** Counts a refused token against the address. */
  noteRefusedToken(address: string): Promise<void>;
  /** Counts the request against its caller (or address, without a token); refuses (429) one over the limit. */
  consume(caller: Caller | null, address: string): Promise<void>;
}

/** Builds the gateway's request limits from its settings; `onLimited` hears of every refusal. */
export function requestRateLimits(
  settings: RateLimitSettings,
  store: RateLimiterStore,
  onLimited?: (reason: RateLimitReason) => void,
): RequestRateLimits {
  const perMinute = (name: string, points: number) => store.limiter({ name, points, durationSeconds: 60 });
  const limiters = {
    caller: perMinute('caller', settings.callerPerMinute),
    'public-booker': perMinute('public-booker', settings.publicBookerPerMinute),
    anonymous: perMinute('anonymous', settings.anonymousPerMinute),
    'failed-tokens': perMinute('failed-tokens', settings.failedTokensPerMinute),
  } as const;
  const refuse = (reason: RateLimitReason, msBeforeNext: number) => {
    onLimited?.(reason);
    return tooMany(reason, msBeforeNext);
  };
  const consume = async (reason: RateLimitReason, key: string) => {
    try {
      await limiters[reason].consume(key);
    } catch (rejection) {
      // rate-limiter-flexible rejects with the key's state when it is over the limit; a store error cannot reach
      // here, since the insurance limiter answers for an unreachable Redis.
      if (rejection instanceof RateLimiterRes) throw refuse(reason, rejection.msBeforeNext);
      throw rejection;
    }
  };
  return {
    refuseIfBlocked: async (address) => {
      const state = await limiters['failed-tokens'].get(address);
      if (state && state.remainingPoints <= 0) throw refuse('failed-tokens', state.msBeforeNext);
    },
    noteRefusedToken: async (address) => {
      const limiter = limiters['failed-tokens'];
      const state = await limiter.consume(address).catch((rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return rejection;
        throw rejection;
      });
      // The last refused token allowed blocks the address for the whole block period from now.
      if (state.remainingPoints <= 0) await limiter.block(address, settings.failedTokensBlockSeconds);
    },
    consume: (caller, address) => {
      if (!caller) return consume('anonymous', address);
      const reason = caller.agency === PUBLIC_BOOKER_AGENCY ? 'public-booker' : 'caller';
      return consume(reason, `${caller.agency}:${caller.subject}`);
    },
  };
}

/**
 * Wraps the gateway's context builder (the HTTP seam: before GraphQL is read) with the request limits: an address
 * that sent too many refused tokens is refused first; a refused token counts against its address; every other
 * request counts against its caller, or its address without a token. Over a limit: 429 RATE_LIMITED with
 * Retry-After.
 */
export function rateLimitedContext<Context extends { caller: Caller | null }>(
  buildContext: (request: IncomingMessage) => Promise<Context>,
  limits: RequestRateLimits,
  trustedProxyHops: number,
) {
  return async (request: IncomingMessage): Promise<Context> => {
    const address = clientAddress(request, trustedProxyHops);
    await limits.refuseIfBlocked(address);
    let context: Context;
    try {
      context = await buildContext(request);
    } catch (error) {
      if (error instanceof HttpRefusal && error.status === 401) await limits.noteRefusedToken(address);
      throw error;
    }
    await limits.consume(context.caller, address);
    return context;
  };
}
