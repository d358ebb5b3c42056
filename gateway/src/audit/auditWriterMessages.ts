import type { OpenDatabaseOptions } from '@lib/store/openDatabase';
import type { AuditEntry, AuditRecord } from './auditRecord';

/** What the audit writer's worker is started with. */
export interface AuditWriterData {
  location: string;
  options: OpenDatabaseOptions;
}

/** A message to the audit writer's worker: a batch to write, or the request to close once written. */
export type ToWriter = { type: 'write'; id: number; entries: AuditEntry[] } | { type: 'close' };

/** A message from the audit writer's worker. */
export type FromWriter =
  | { type: 'ready' }
  | { type: 'written'; id: number; records: AuditRecord[] }
  | { type: 'failed'; id: number; message: string; code: string | undefined }
  | { type: 'closed' };
