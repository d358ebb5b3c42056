import { join, resolve } from 'node:path';
import { readInteger, readString } from '@lib/config/environment';

/** The case documents' limits and where their bytes are kept (COURTS_DOCUMENT_*). */
export interface DocumentSettings {
  /** The folder of the content files when the magistrates' store is not on PostgreSQL (COURTS_DOCUMENTS_DIR). */
  filesDir: string;
  /** The largest document accepted, in bytes (COURTS_DOCUMENT_MAX_BYTES, default 20 MiB). */
  maxBytes: number;
  /** The most documents one case file may hold (COURTS_DOCUMENTS_PER_CASE, default 60). */
  maxPerCase: number;
  /** How long an upload ticket stays good, in seconds (COURTS_UPLOAD_TICKET_SECONDS, default 300). */
  ticketSeconds: number;
  /**
   * How long stored content no document refers to is kept before the sweep removes it, in seconds
   * (COURTS_CONTENT_GRACE_SECONDS, default 86400, at least 3600): it must outlast the moment between an upload's
   * last byte stored and its document recorded (one short transaction), by far (contentSweep.ts says why).
   */
  contentGraceSeconds: number;
  /** How often the sweep of unreferenced content runs, the first time one interval after start, in seconds (COURTS_CONTENT_SWEEP_SECONDS, default 3600). */
  contentSweepSeconds: number;
}

/** The folder of the content files under a data folder: `<DATA_DIR>/magistrates-documents`. */
export function documentsDirOf(dataDir: string): string {
  return join(dataDir, 'magistrates-documents');
}

/** Reads the documents' settings from the environment. */
export function readDocumentSettings(
  env: Record<string, string | undefined>,
  dataDir: string,
): DocumentSettings {
  return {
    filesDir: resolve(readString(env, 'COURTS_DOCUMENTS_DIR', documentsDirOf(dataDir))),
    maxBytes: readInteger(env, 'COURTS_DOCUMENT_MAX_BYTES', 20 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    maxPerCase: readInteger(env, 'COURTS_DOCUMENTS_PER_CASE', 60, 1, 999),
    ticketSeconds: readInteger(env, 'COURTS_UPLOAD_TICKET_SECONDS', 300, 1, 3600),
    contentGraceSeconds: readInteger(env, 'COURTS_CONTENT_GRACE_SECONDS', 86_400, 3600, 30 * 86_400),
    contentSweepSeconds: readInteger(env, 'COURTS_CONTENT_SWEEP_SECONDS', 3600, 60, 7 * 86_400),
  };
}
