import { readInteger, readRedisUrl, readString } from '@lib/config/environment';
import type { RateLimitSettings } from './requestRateLimits';

type Environment = Record<string, string | undefined>;

/**
 * The gateway's request rate limits (RATE_LIMIT_*, TRUSTED_PROXY_HOPS). The defaults leave a caseworker's
 * front-end room (20 requests a second) and hold a member of the public to one a second and an address without a
 * token to two; ten refused tokens in a minute block the address for five minutes, which makes guessing tokens
 * pointless.
 */
export function readRateLimitSettings(env: Environment): RateLimitSettings {
  return {
    redisUrl: readRedisUrl(env, 'RATE_LIMIT_REDIS_URL'),
    keyPrefix: readString(env, 'RATE_LIMIT_KEY_PREFIX', 'justice-gateway:rate'),
    callerPerMinute: readInteger(env, 'RATE_LIMIT_CALLER_PER_MINUTE', 1200, 1, 10_000_000),
    publicBookerPerMinute: readInteger(env, 'RATE_LIMIT_PUBLIC_BOOKER_PER_MINUTE', 60, 1, 10_000_000),
    anonymousPerMinute: readInteger(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120, 1, 10_000_000),
    failedTokensPerMinute: readInteger(env, 'RATE_LIMIT_FAILED_TOKENS_PER_MINUTE', 10, 1, 10_000_000),
    failedTokensBlockSeconds: readInteger(env, 'RATE_LIMIT_FAILED_TOKENS_BLOCK_SECONDS', 300, 1, 86_400),
    trustedProxyHops: readInteger(env, 'TRUSTED_PROXY_HOPS', 0, 0, 10),
  };
}
