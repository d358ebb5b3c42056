import { openDatabase, type OpenDatabaseOptions } from '@lib/store/openDatabase';
import { migrateAuditLog } from './auditMigrations';
import { createAuditStore, type AuditStore, type AuditStoreOptions } from './auditStore';
import type { AuditTables } from './auditTables';

/** The audit log, open and migrated, and how to close it. */
export interface AuditLog {
  store: AuditStore;
  close(): Promise<void>;
}

/**
 * Opens the audit log at `location` (a SQLite file path such as data/audit.db, or a postgres:// URL) and brings
 * its tables up to date. On SQLite every append is synced to disk (synchronous FULL) unless told otherwise: a
 * record lost to a power cut after the data was served would be a consultation the law says must be logged.
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
  return { store: createAuditStore(database, options), close: () => database.close() };
}
