import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createRateLimiterStore, type RateLimiterStore } from '@lib/rateLimit/rateLimiterStore';
import { linkAttempts, type LinkAttemptLimits } from '../../subgraphs/visits/src/linking/linkAttempts';

// The counting of failed links on its own, with the waits recorded rather than slept: in memory, and shared by two
// replicas through the Redis the rate limits use (127.0.0.1:6379 on CI), each run under keys of its own.
const LIMITS: LinkAttemptLimits = {
  failuresPerAccount: 4,
  failuresPerPrisoner: 6,
  windowSeconds: 600,
  blockSeconds: 900,
  failuresAnsweredAtOnce: 2,
  delayMsPerFailure: 500,
  maxDelayMs: 1200,
};

const stores: RateLimiterStore[] = [];

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
});

async function storeFor(redisUrl: string | null, keyPrefix: string): Promise<RateLimiterStore> {
  const store = createRateLimiterStore({ redisUrl, keyPrefix, onError: () => undefined });
  stores.push(store);
  await store.ready();
  return store;
}

/** The code and retry-after of a refused attempt, or 'ALLOWED' with the wait it was made to take. */
async function attempt(
  attempts: ReturnType<typeof linkAttempts>,
  waits: number[],
  account: string,
  prisoner: string,
) {
  const before = waits.length;
  try {
    const allowed = await attempts.begin(account, prisoner);
    return { outcome: 'ALLOWED', waited: waits.slice(before).reduce((sum, ms) => sum + ms, 0), allowed };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { outcome: String(error.extensions.code), retryAfter: error.extensions.retryAfterSeconds };
  }
}

function recorder(store: RateLimiterStore) {
  const waits: number[] = [];
  const attempts = linkAttempts(store, LIMITS, (ms) => {
    waits.push(ms);
    return Promise.resolve();
  });
  return { attempts, waits };
}

describe('failed attempts to link a prisoner', () => {
  it('are answered at once, then slowed more with each, then refused for the block period', async () => {
    const { attempts, waits } = recorder(await storeFor(null, `test-${randomUUID()}`));
    const outcomes = [];
    for (let index = 0; index < 5; index += 1)
      outcomes.push(await attempt(attempts, waits, 'account-a', 'A1111AA'));
    expect(outcomes.map((outcome) => [outcome.outcome, outcome.waited ?? outcome.retryAfter])).toEqual([
      ['ALLOWED', 0],
      ['ALLOWED', 0],
      ['ALLOWED', 500],
      ['ALLOWED', 1000],
      ['LINK_ATTEMPTS_EXCEEDED', 900],
    ]);
    // Refused whatever prisoner the account tries next; another account is not held back.
    expect((await attempt(attempts, waits, 'account-a', 'B2222BB')).outcome).toBe('LINK_ATTEMPTS_EXCEEDED');
    expect((await attempt(attempts, waits, 'account-b', 'B2222BB')).outcome).toBe('ALLOWED');
  });

  it('count against the prison number whatever account tries it', async () => {
    const { attempts, waits } = recorder(await storeFor(null, `test-${randomUUID()}`));
    const outcomes = [];
    for (let index = 0; index < 7; index += 1) {
      outcomes.push((await attempt(attempts, waits, `account-${index}`, 'C3333CC')).outcome);
    }
    expect(outcomes).toEqual([...Array<string>(6).fill('ALLOWED'), 'LINK_ATTEMPTS_EXCEEDED']);
  });

  it('do not count attempts that were forgiven (they linked), so a person linking many prisoners is never held', async () => {
    const { attempts, waits } = recorder(await storeFor(null, `test-${randomUUID()}`));
    for (let index = 0; index < 20; index += 1) {
      const outcome = await attempt(attempts, waits, 'account-c', `D${String(index).padStart(4, '0')}DD`);
      expect(outcome).toMatchObject({ outcome: 'ALLOWED', waited: 0 });
      await outcome.allowed?.forgive();
    }
  });

  it('hold a burst of attempts sent at once to the limit, since each takes its point before it is verified', async () => {
    const { attempts, waits } = recorder(await storeFor(null, `test-${randomUUID()}`));
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, index) => attempt(attempts, waits, 'account-d', `E${index}000EE`)),
    );
    const allowed = burst.filter((outcome) => outcome.outcome === 'ALLOWED').length;
    expect(allowed).toBe(LIMITS.failuresPerAccount);
  });

  it('are counted once by replicas sharing Redis', async () => {
    const prefix = `test-${randomUUID()}`;
    const first = recorder(await storeFor('redis://127.0.0.1:6379', prefix));
    const second = recorder(await storeFor('redis://127.0.0.1:6379', prefix));
    expect(first.attempts).not.toBe(second.attempts);
    const outcomes = [];
    for (const replica of [first, second, first, second, first]) {
      outcomes.push((await attempt(replica.attempts, replica.waits, 'account-e', 'F5555FF')).outcome);
    }
    expect(outcomes).toEqual(['ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'LINK_ATTEMPTS_EXCEEDED']);
    // The second replica was made to wait for the failures the first one saw.
    expect(second.waits).toEqual([1000]);
  });
});
