import { openDatabase, type OpenDatabaseOptions } from '@lib/store/openDatabase';
import { migrateAuditLog } from './auditMigrations';
import {
  createAuditStore,
  type AuditStore,
  type AuditStoreOptions,
  type StoreCheckpointOptions,
} from './auditStore';
import type { AuditTables } from './auditTables';

/** The audit log, open and migrated, and how to close it. */
export interface AuditLog {
  store: AuditStore;
  /** Closes the log (after a last checkpoint, when it signs them); a second call does nothing. */
  close(): Promise<void>;
}

/** Checkpoints of a log the gateway keeps open: those of the store, and one every few seconds besides. */
export interface AuditLogCheckpointOptions extends StoreCheckpointOptions {
  /** A checkpoint of the chain as it stands every this many seconds, if records came since the last. */
  everySeconds: number;
  /**
   * Told of a timed or closing checkpoint that could not be written: the next is tried all the same, and the log
   * still closes (the next opening checkpoint vouches for what this one would have).
   */
  onCheckpointError?: (error: unknown) => void;
}

/** Options of the audit log. */
export type AuditLogOptions = OpenDatabaseOptions &
  Omit<AuditStoreOptions, 'checkpoints'> & { checkpoints?: AuditLogCheckpointOptions };

/**
 * Opens the audit log at `location` (a SQLite file path such as data/audit.db, or a postgres:// URL) and brings
 * its tables up to date. On SQLite every append is on disk before it is acknowledged: a record lost to a power cut
 * after the data was served would be a consultation the law says must be logged. The log is synced after COMMIT
 * on the thread pool (`synchronous = NORMAL` and syncCommitted) rather than inside it (FULL), because
 * better-sqlite3 runs COMMIT on the event loop: with FULL the whole gateway stopped for every sync, 15% of its
 * time under the journey (docs/PERFORMANCE.md).
 *
 * With `checkpoints`, the chain is checkpointed on opening (which vouches for whatever an earlier run left after
 * its last checkpoint, or for the empty log), every `everySeconds` while records come, every `everyRecords`
 * records (by the store, with the records) and on closing.
 */
export async function buildAuditLog(location: string, options: AuditLogOptions = {}): Promise<AuditLog> {
  const database = openDatabase<AuditTables>(location, options);
  try {
    await migrateAuditLog(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createAuditStore(database, options);
  const checkpoints = options.checkpoints;
  let timer: NodeJS.Timeout | undefined;
  if (checkpoints) {
    try {
      await store.checkpoint();
    } catch (error) {
      await database.close();
      throw error;
    }
    timer = setInterval(() => {
      store.checkpoint().catch((error: unknown) => checkpoints.onCheckpointError?.(error));
    }, checkpoints.everySeconds * 1000);
    // The timer never keeps the process alive: a stopping gateway closes the log, which checkpoints last.
    timer.unref();
  }
  let closing: Promise<void> | undefined;
  return {
    store,
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        // Closing records written as their answers left are still on their way to the log.
        await store.settled();
        if (checkpoints)
          await store.checkpoint().catch((error: unknown) => checkpoints.onCheckpointError?.(error));
        await database.close();
      })();
      return closing;
    },
  };
}
