import { openDatabase, type OpenDatabaseOptions } from '@lib/store/openDatabase';
import { migrateAuditLog } from './auditMigrations';
import { createAuditStore, type AuditStore, type AuditStoreOptions } from './auditStore';
import type { AuditTables } from './auditTables';
import { startAuditWriter } from './auditWriter';

/** The audit log, open and migrated, and how to close it. */
export interface AuditLog {
  store: AuditStore;
  close(): Promise<void>;
}

/**
 * Opens the audit log at `location` (a SQLite file path such as data/audit.db, or a postgres:// URL) and brings
 * its tables up to date. On SQLite every append is synced to disk (synchronous FULL) unless told otherwise: a
 * record lost to a power cut after the data was served would be a consultation the law says must be logged.
 *
 * On SQLite the appends are written by a worker thread with a connection of its own (startAuditWriter): a
 * better-sqlite3 transaction and its fsync would otherwise stop the gateway's event loop for their whole length.
 * This thread keeps a connection for reads (verification, consultations), which WAL lets run during a write.
 * The worker starts only after the migrations, so it never appends to tables not yet made. A fixed clock
 * (`now`, for tests) cannot cross to a worker: with one, appends stay in this thread. PostgreSQL's driver is
 * asynchronous already, so its appends stay in this thread too.
 */
export async function buildAuditLog(
  location: string,
  options: OpenDatabaseOptions & AuditStoreOptions = {},
): Promise<AuditLog> {
  const database = openDatabase<AuditTables>(location, { sqliteSynchronous: 'FULL', ...options });
  try {
    await migrateAuditLog(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  if (database.dialect === 'postgres' || options.now) {
    return { store: createAuditStore(database, options), close: () => database.close() };
  }
  const { sqliteSynchronous, busyTimeoutMs } = options;
  const writer = await startAuditWriter(location, { sqliteSynchronous, busyTimeoutMs }).catch(
    async (error: unknown) => {
      await database.close();
      throw error;
    },
  );
  const store = createAuditStore(database, options, (entries) => writer.writeEntries(entries));
  return {
    store,
    close: async () => {
      try {
        await writer.close();
      } finally {
        await database.close();
      }
    },
  };
}
