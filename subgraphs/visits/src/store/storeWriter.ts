import { CompiledQuery, type Kysely } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { VisitsTables } from './visitsTables';

/**
 * One write: runs inside a transaction and either finishes (its changes commit with the transaction) or throws
 * (its changes are undone, and nothing else is). It must not wait on anything but the store.
 */
export type WriteUnit<Result> = (
  trx: Kysely<VisitsTables>,
  dialect: 'sqlite' | 'postgres',
) => Promise<Result>;

/** Runs writes transactionally; a write's promise settles only once its outcome is durable. */
export interface StoreWriter {
  write<Result>(unit: WriteUnit<Result>): Promise<Result>;
}

type Pending = {
  unit: WriteUnit<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const MAX_BATCH = 64;

// The transaction's own statements, compiled once: a batch runs three of them for every write it carries.
const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');
const SAVEPOINT = CompiledQuery.raw('savepoint unit');
const ROLLBACK_TO_SAVEPOINT = CompiledQuery.raw('rollback to unit');
const RELEASE_SAVEPOINT = CompiledQuery.raw('release unit');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/**
 * SQLite: group commit. Writes that arrive while one transaction is in flight are run together in the next,
 * each inside a savepoint so that a refused write is undone alone. The transaction starts with BEGIN IMMEDIATE,
 * taking SQLite's write lock before anything is read, so that every check a write makes still holds when it
 * commits, even with other processes on the same file.
 *
 * A write is acknowledged only once its transaction is on disk. The store commits with `synchronous = NORMAL`
 * (no sync inside COMMIT, which better-sqlite3 runs on the event loop) and the log is then synced on the thread
 * pool (`syncCommitted`, walSync.ts), one sync shared by the batches committed meanwhile: the next batch runs
 * while the previous one's sync is under way, and the loop keeps serving requests throughout.
 */
function groupCommitWriter(database: StoreDatabase<VisitsTables>): StoreWriter {
  const { db } = database;
  const waiting: Pending[] = [];
  let writing = false;

  /** Runs a batch's writes in one transaction and commits it; the outcomes of its writes, in order. */
  async function commitBatch(batch: Pending[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    await db.connection().execute(async (connection) => {
      await connection.executeQuery(BEGIN_IMMEDIATE);
      try {
        for (const { unit } of batch) {
          await connection.executeQuery(SAVEPOINT);
          try {
            outcomes.push({ ok: true, value: await unit(connection, 'sqlite') });
          } catch (error) {
            await connection.executeQuery(ROLLBACK_TO_SAVEPOINT);
            outcomes.push({ ok: false, error });
          }
          await connection.executeQuery(RELEASE_SAVEPOINT);
        }
        await connection.executeQuery(COMMIT);
      } catch (error) {
        await connection.executeQuery(ROLLBACK).catch(() => undefined);
        throw error;
      }
    });
    return outcomes;
  }

  /** Settles each write of a committed batch once the commit is on disk (a refused write needs no sync). */
  function acknowledgeWhenDurable(batch: Pending[], outcomes: Outcome[]): void {
    database.syncCommitted().then(
      () =>
        batch.forEach((pending, index) => {
          const outcome = outcomes[index];
          if (outcome?.ok) pending.resolve(outcome.value);
          else pending.reject(outcome?.error);
        }),
      // Committed but perhaps not on disk: the writes fail, and a client that retries with its idempotency key
      // finds the visit if it was kept.
      (error: unknown) => batch.forEach((pending) => pending.reject(error)),
    );
  }

  // better-sqlite3 runs a transaction without letting the event loop turn: no request can add a write
  // meanwhile. So a batch starts only on the loop's next turn (setImmediate), after the requests already received
  // have queued their writes, and the loop turns again between batches.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain(): Promise<void> {
    writing = true;
    do {
      await nextTurn();
      const batch = waiting.splice(0, MAX_BATCH);
      try {
        acknowledgeWhenDurable(batch, await commitBatch(batch));
      } catch (error) {
        // Nothing of the batch was committed: every write fails, none half-done.
        batch.forEach((pending) => pending.reject(error));
      }
    } while (waiting.length > 0);
    writing = false;
  }

  return {
    write: <Result>(unit: WriteUnit<Result>) =>
      new Promise<Result>((resolve, reject) => {
        waiting.push({ unit, resolve: resolve as (value: unknown) => void, reject });
        if (!writing) void drain();
      }),
  };
}

// PostgreSQL's codes for a deadlock and a serialization failure: the transaction may simply be run again.
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * PostgreSQL: one transaction per write, several at once from the pool; writes serialise on the rows they lock
 * (SELECT ... FOR UPDATE), which holds across any number of replicas sharing the database.
 */
function transactionPerWrite(db: Kysely<VisitsTables>): StoreWriter {
  return {
    async write<Result>(unit: WriteUnit<Result>): Promise<Result> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await db.transaction().execute((trx) => unit(trx, 'postgres'));
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (attempt >= 3 || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
        }
      }
    },
  };
}

/** The writer for a store's engine. */
export function createStoreWriter(database: StoreDatabase<VisitsTables>): StoreWriter {
  return database.dialect === 'postgres' ? transactionPerWrite(database.db) : groupCommitWriter(database);
}
