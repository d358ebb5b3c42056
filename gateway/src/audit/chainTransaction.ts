import { type Kysely, sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';

/**
 * Runs a piece of work in a transaction on one connection, committing when it resolves and rolling back when it
 * throws. On SQLite the transaction begins IMMEDIATE, taking the database's write lock before anything is read,
 * so that two writers can never both read the same chain head; on PostgreSQL the work itself locks the head row
 * (SELECT … FOR UPDATE), which serialises writers the same way.
 */
export function createChainTransaction<Tables>({ db, dialect }: StoreDatabase<Tables>) {
  // The connection's own busy timeout, read once: it bounds the wait for the write lock.
  let busyTimeoutMs: number | undefined;

  return function inChainTransaction<Result>(work: (connection: Kysely<Tables>) => Promise<Result>) {
    return db.connection().execute(async (connection) => {
      try {
        if (dialect === 'sqlite') {
          busyTimeoutMs ??= await readBusyTimeout(connection);
          await beginImmediate(connection, busyTimeoutMs);
        } else {
          await sql`begin`.execute(connection);
        }
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        // Rolls back whatever was begun; a rollback that fails (nothing begun, or the connection is gone) must not
        // hide the error that caused it.
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
    });
  };
}

async function readBusyTimeout<Tables>(connection: Kysely<Tables>): Promise<number> {
  const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(connection);
  return rows[0]?.timeout ?? 5000;
}

/**
 * BEGIN IMMEDIATE, waiting for the write lock without blocking the event loop. SQLite's own busy handler sleeps
 * inside the (synchronous) better-sqlite3 call, which would freeze the whole gateway while another process
 * commits, and deadlock outright when the other writer is a second connection in this same process (it can
 * only commit once this thread is free). So the busy timeout is set to zero for this one statement and the
 * wait is done here, asynchronously, for as long as the connection's busy timeout allows.
 */
async function beginImmediate<Tables>(connection: Kysely<Tables>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await sql`pragma busy_timeout = 0`.execute(connection);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await sql`begin immediate`.execute(connection);
        return;
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
      }
      // Exponential back-off with jitter, capped low: write transactions on the log last well under a millisecond.
      const delay = Math.min(2 ** attempt, 16) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  } finally {
    await sql.raw(`pragma busy_timeout = ${Math.trunc(timeoutMs)}`).execute(connection);
  }
}

/**
 * SQLITE_BUSY or one of its extended codes. Checked by shape, not instanceof: better-sqlite3's native part keeps
 * the SqliteError class of whichever module instance loaded it first, which is not always ours (test runners
 * load modules afresh per test file).
 */
function isSqliteBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}
