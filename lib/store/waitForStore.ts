import { type Kysely, sql } from 'kysely';
import { isStoreUnavailable } from './storeFailure';

/** How long a starting service waits for its store to accept connections before it gives up. */
export const STORE_STARTUP_WAIT_MS = 30_000;

const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 2_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the store answers a trivial statement. A service often starts before its database is ready (the
 * whole system started at once, a database restarting, a machine so loaded that a connection takes longer than
 * the pool's connection timeout): starting up is not on any caller's path, so it retries, with growing pauses,
 * for as long as `waitMs`, and only an error that means the store is unavailable is retried. Anything else (a
 * wrong password, a missing database) fails at once, as does the last unavailable error once the time is up.
 */
export async function waitForStore<Tables>(
  db: Kysely<Tables>,
  waitMs = STORE_STARTUP_WAIT_MS,
): Promise<void> {
  const giveUpAt = Date.now() + waitMs;
  for (let pauseMs = FIRST_PAUSE_MS; ; pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS)) {
    try {
      await sql`select 1`.execute(db);
      return;
    } catch (error) {
      if (!isStoreUnavailable(error) || Date.now() + pauseMs > giveUpAt) throw error;
      await pause(pauseMs);
    }
  }
}
