import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';

// The transaction's own statements, compiled once: built with sql`…` they were compiled again for every append,
// five times per audit record, each a pass of Kysely's compiler and plugins over a statement that never changes.
const BEGIN = CompiledQuery.raw('begin');
const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');
const BUSY_TIMEOUT_OFF = CompiledQuery.raw('pragma busy_timeout = 0');

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
          await connection.executeQuery(BEGIN);
        }
        const result = await work(connection);
        await connection.executeQuery(COMMIT);
        return result;
      } catch (error) {
        // Rolls back whatever was begun; a rollback that fails (nothing begun, or the connection is gone) must not
        // hide the error that caused it.
        await connection.executeQuery(ROLLBACK).catch(() => undefined);
        throw error;
      }
    });
  };
}

// The statement that puts the busy timeout back, compiled once per timeout (a connection has one).
const busyTimeoutRestores = new Map<number, CompiledQuery>();
function restoreBusyTimeout(timeoutMs: number): CompiledQuery {
  const ms = Math.trunc(timeoutMs);
  let restore = busyTimeoutRestores.get(ms);
  if (restore === undefined) {
    restore = CompiledQuery.raw(`pragma busy_timeout = ${ms}`);
    busyTimeoutRestores.set(ms, restore);
  }
  return restore;
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
  await connection.executeQuery(BUSY_TIMEOUT_OFF);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await connection.executeQuery(BEGIN_IMMEDIATE);
        return;
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
      }
      // Exponential back-off with jitter, capped low: write transactions on the log last well under a millisecond.
      const delay = Math.min(2 ** attempt, 16) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  } finally {
    await connection.executeQuery(restoreBusyTimeout(timeoutMs));
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
