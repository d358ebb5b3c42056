import { resolve } from 'node:path';
import { readString } from '@lib/config/environment';

/**
 * Where the audit log lives: AUDIT_DATABASE_URL (a SQLite file path or a postgres:// URL), or else audit.db in
 * the data folder (DATA_DIR, default data), beside the embedded stores.
 */
export function auditDatabaseLocation(env: Record<string, string | undefined> = process.env): string {
  return readString(env, 'AUDIT_DATABASE_URL', resolve(readString(env, 'DATA_DIR', 'data'), 'audit.db'));
}
