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

/** Knobs for measuring the writer (the booking benchmark uses them). */
export interface StoreWriterOptions {
  /** Told after each SQLite transaction: how many writes it carried and how long it held the store, in ms. */
  onBatch?: (writes: number, ms: number) => void;
}

/**
 * SQLite: group commit. Writes that arrive while one transaction is in flight are run together in the next,
 * each inside a savepoint so that a refused write is undone alone, and committed with one sync to disk. The
 * transaction starts with BEGIN IMMEDIATE, taking SQLite's write lock before anything is read, so that every
 * check a write makes still holds when it commits, even with other processes on the same file.
 */
function groupCommitWriter(db: Kysely<VisitsTables>, options: StoreWriterOptions): StoreWriter {
  const waiting: Pending[] = [];
  let writing = false;

  async function runBatch(batch: Pending[]): Promise<void> {
    const outcomes: Outcome[] = [];
    const started = performance.now();
    try {
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
    } catch (error) {
      // Nothing of the batch was committed: every write fails, none half-done.
      batch.forEach((pending) => pending.reject(error));
      return;
    }
    options.onBatch?.(batch.length, performance.now() - started);
    batch.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) pending.resolve(outcome.value);
      else pending.reject(outcome?.error);
    });
  }

  // better-sqlite3 runs a transaction, and its sync to disk, without letting the event loop turn: no request
  // can add a write meanwhile. So a batch starts only on the loop's next turn (setImmediate), after the
  // requests already received have queued their writes, and the loop turns again between batches.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain(): Promise<void> {
    writing = true;
    do {
      await nextTurn();
      await runBatch(waiting.splice(0, MAX_BATCH));
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
export function createStoreWriter(
  database: StoreDatabase<VisitsTables>,
  options: StoreWriterOptions = {},
): StoreWriter {
  return database.dialect === 'postgres'
    ? transactionPerWrite(database.db)
    : groupCommitWriter(database.db, options);
}
