import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One limit: at most `points` within `durationSeconds` per key, then (optionally) refused for `blockSeconds`. */
export interface LimitRule {
  /** The rule's name, part of every key it counts under. */
  name: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

/** Where limits are counted: in Redis, shared by every replica, or in this process's memory. */
export interface RateLimiterStore {
  /** A limiter (rate-limiter-flexible's) for the rule, counting in this store. */
  limiter(rule: LimitRule): RateLimiterAbstract;
  /** Whether the counts are shared between processes (Redis) or this process's own (memory). */
  shared: boolean;
  /**
   * Resolves once the store can count (Redis connected) or is found unreachable, or after 5 s: a service awaits it
   * before it listens, so that its first requests are counted with the other replicas' rather than in memory.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

function memoryLimiter(rule: LimitRule, keyPrefix: string): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: `${keyPrefix}:${rule.name}`,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  });
}

/**
 * Counts limits in Redis at `redisUrl`, so that every replica of a service shares them, with this process's
 * memory as the insurance rate-limiter-flexible falls back to while Redis cannot be reached (a limit still holds,
 * per replica, and no request fails for it); or only in memory when no Redis is configured (the embedded default,
 * one process). `onError` hears of Redis connection failures, which ioredis otherwise prints as unhandled.
 */
export function createRateLimiterStore(options: {
  redisUrl: string | null;
  keyPrefix: string;
  onError?: (error: Error) => void;
}): RateLimiterStore {
  const { redisUrl, keyPrefix } = options;
  if (!redisUrl) {
    return {
      limiter: (rule) => memoryLimiter(rule, keyPrefix),
      shared: false,
      ready: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
  }
  const client = new Redis(redisUrl, {
    // A command while Redis is away fails at once (the insurance limiter answers) instead of queueing up.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  client.on('error', (error: Error) => options.onError?.(error));
  return {
    limiter: (rule) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${keyPrefix}:${rule.name}`,
        points: rule.points,
        duration: rule.durationSeconds,
        blockDuration: rule.blockSeconds ?? 0,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memoryLimiter(rule, keyPrefix),
      }),
    shared: true,
    ready: () =>
      new Promise<void>((resolve) => {
        if (client.status === 'ready') return resolve();
        // Connected and ready, or found unreachable (the insurance limiter counts meanwhile), or given up waiting.
        client.once('ready', () => resolve());
        client.once('error', () => resolve());
        setTimeout(resolve, 5000).unref();
      }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
