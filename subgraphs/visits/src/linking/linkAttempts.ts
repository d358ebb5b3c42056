import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimiterStore } from '@lib/rateLimit/rateLimiterStore';
import { visitRefusal } from '../services/visitRefusal';

/** How failed attempts to link a prisoner to a booking account are slowed and then refused. */
export interface LinkAttemptLimits {
  /** Failed attempts one booking account may make in the window before it is refused. */
  failuresPerAccount: number;
  /** Failed attempts at one prison number, from any accounts, in the window before it is refused. */
  failuresPerPrisoner: number;
  /** The period over which failures are counted, in seconds. */
  windowSeconds: number;
  /** How long an account or prison number is refused once over its limit, in seconds. */
  blockSeconds: number;
  /** Failures answered without delay; each attempt after them waits `delayMsPerFailure` more. */
  failuresAnsweredAtOnce: number;
  delayMsPerFailure: number;
  /** The longest an attempt is made to wait (kept well inside the gateway's timeout for the visits subgraph). */
  maxDelayMs: number;
}

/** An attempt allowed to go ahead; one that did not fail (it linked, or P-Nomis could not be asked) is forgiven. */
export interface LinkAttempt {
  forgive(): Promise<void>;
}

/** Counts link attempts: `begin` before verifying, `forgive` after one that did not fail. */
export interface LinkAttempts {
  begin(account: string, prisonNumber: string): Promise<LinkAttempt>;
}

function exceeded(msBeforeNext: number) {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return visitRefusal(
    'LINK_ATTEMPTS_EXCEEDED',
    `Too many unsuccessful attempts to link a prisoner; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    { retryAfterSeconds },
  );
}

/** Takes a point from a key's allowance, returning the points now taken; refuses a key with none left. */
async function take(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints;
  } catch (rejection) {
    // Over the limit: rate-limiter-flexible has blocked the key for the block period and says for how long.
    if (rejection instanceof RateLimiterRes) throw exceeded(rejection.msBeforeNext);
    throw rejection;
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The limits on linking, counted with rate-limiter-flexible in the store given (Redis shared by the replicas, or
 * memory). Every attempt takes a point from the booking account's allowance and one from the prison number's
 * before anything is verified, and an attempt that did not fail gives them back: so a burst of attempts sent at
 * once is held to the limit too, and what is counted is failures. The wait grows with the failures before it and
 * is the same whatever this attempt's outcome, which it precedes.
 */
export function linkAttempts(
  store: RateLimiterStore,
  limits: LinkAttemptLimits,
  sleep: (ms: number) => Promise<void> = wait,
): LinkAttempts {
  const limiter = (name: string, points: number) =>
    store.limiter({ name, points, durationSeconds: limits.windowSeconds, blockSeconds: limits.blockSeconds });
  const byAccount = limiter('account', limits.failuresPerAccount);
  const byPrisoner = limiter('prisoner', limits.failuresPerPrisoner);
  return {
    async begin(account, prisonNumber) {
      const accountTaken = await take(byAccount, account);
      const prisonerTaken = await take(byPrisoner, prisonNumber);
      const earlierFailures = Math.max(accountTaken, prisonerTaken) - 1;
      const beyond = earlierFailures - limits.failuresAnsweredAtOnce + 1;
      const delay = Math.min(limits.maxDelayMs, Math.max(0, beyond) * limits.delayMsPerFailure);
      if (delay > 0) await sleep(delay);
      return {
        forgive: async () => {
          await Promise.all([byAccount.reward(account, 1), byPrisoner.reward(prisonNumber, 1)]);
        },
      };
    },
  };
}
