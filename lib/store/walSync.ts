import { open, type FileHandle } from 'node:fs/promises';

/** Makes what a SQLite database in WAL mode has committed durable, without blocking the event loop. */
export interface WalSync {
  /**
   * Resolves once every transaction committed before the call is on disk. Calls made while a sync is running
   * share the next one: at most one runs and one waits, however many commits ask.
   */
  syncCommitted(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Syncs the write-ahead log of the SQLite database at `databasePath` with fdatasync, on libuv's thread pool.
 *
 * With `synchronous = FULL`, SQLite syncs the log inside COMMIT, and better-sqlite3 runs COMMIT on the event
 * loop: a process that commits often is frozen for every sync (docs/PERFORMANCE.md has how long). With
 * `synchronous = NORMAL`, COMMIT writes the transaction's frames to the log and returns without syncing
 * (checkpoints still sync the log and the database before the log is reused). Syncing the log here after COMMIT
 * and acknowledging only then gives an acknowledged transaction FULL's durability, a power cut included, while
 * the process goes on serving. The log file keeps its identity while the database is open (SQLite deletes it
 * only when its last connection closes), so one handle serves for the life of the connection.
 */
export function walSync(databasePath: string): WalSync {
  let handle: Promise<FileHandle> | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  async function syncOnce(): Promise<void> {
    handle ??= open(`${databasePath}-wal`, 'r');
    try {
      await (await handle).datasync();
    } catch (error) {
      // A log that could not be opened is tried again next time; a failed sync fails its callers.
      handle = null;
      throw error;
    }
  }

  function start(): Promise<void> {
    const sync = syncOnce();
    running = sync;
    const settle = () => {
      if (running === sync) running = null;
    };
    sync.then(settle, settle);
    return sync;
  }

  return {
    syncCommitted() {
      if (running === null) return start();
      // A sync already under way may have begun before the caller's commit: the caller needs the next one.
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return start();
        });
      return queued;
    },
    async close() {
      await Promise.allSettled([running, queued]);
      const opened = handle;
      handle = null;
      await opened?.then((file) => file.close()).catch(() => undefined);
    },
  };
}
