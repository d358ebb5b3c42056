import type { Kysely } from 'kysely';
import type { MagistratesTables } from '../store/magistratesTables';
import type { DocumentContentStore } from './documentContentStore';
import type { DocumentSettings } from './documentSettings';
import { sweepFileContent, type ContentReferences } from './fileContentSweep';
import { sweepPostgresContent } from './postgresContentSweep';
import type { SweptContent } from './sweptContent';

/** Where the sweep reports what it removed, and its failures. */
export type ContentSweepLog = (message: string, error?: unknown) => void;

/**
 * The sweep of unreferenced content: an upload stores its bytes before its document is recorded, and a recording
 * refused then (the case file filled meanwhile, any failure after the put) leaves bytes no document refers to,
 * personal data kept with no record of it. The sweep removes content that no `case_document` row refers to and
 * that was last put more than `contentGraceSeconds` ago (default a day, at least an hour): it runs every
 * `contentSweepSeconds` from one interval after start, in every replica, each safe beside the others' uploads and sweeps, since content
 * is judged old and unreferenced at the moment it is deleted (fileContentSweep.ts, postgresContentSweep.ts). The
 * grace period is what protects an upload between its put and its recording, which is one short transaction: an
 * hour is orders of magnitude more, and more than a whole upload may take (Node's HTTP server cuts a request off
 * after its `requestTimeout`, 300 s), which also makes an hour-old temporary file of an upload an abandoned one. Sweeping at the refusal instead would not do: content from a process stopped
 * between the put and the recording would never be swept, and the refused upload's content is, by the grace
 * period's own rule, too young to remove then.
 */
export function createContentSweep(
  documents: { db: Kysely<MagistratesTables>; content: DocumentContentStore; settings: DocumentSettings },
  log: ContentSweepLog,
) {
  const { db, content, settings } = documents;
  const references: ContentReferences = {
    async under(prefix) {
      // A range on the index (every checksum beginning with the prefix sorts below prefix + 'g'), on either engine.
      const rows = await db
        .selectFrom('caseDocument')
        .select('sha256')
        .distinct()
        .where('sha256', '>=', prefix)
        .where('sha256', '<', `${prefix}g`)
        .execute();
      return new Set(rows.map((row) => row.sha256));
    },
    async has(sha256) {
      const row = await db
        .selectFrom('caseDocument')
        .select('sha256')
        .where('sha256', '=', sha256)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
  let running: Promise<SweptContent> = Promise.resolve({ removed: 0, bytes: 0 });
  let timer: NodeJS.Timeout | null = null;

  async function sweepOnce(): Promise<SweptContent> {
    if (content.kind === 'postgres') {
      const swept = await sweepPostgresContent(db, settings.contentGraceSeconds);
      if (swept.removed > 0) {
        log(`Removed ${swept.removed} unreferenced document contents (${swept.bytes} bytes) from PostgreSQL`);
      }
      return swept;
    }
    const swept = await sweepFileContent(settings.filesDir, settings.contentGraceSeconds, references);
    if (swept.removed > 0 || swept.abandonedUploads > 0) {
      log(
        `Removed ${swept.removed} unreferenced document contents (${swept.bytes} bytes) and ` +
          `${swept.abandonedUploads} abandoned partial uploads from ${settings.filesDir}`,
      );
    }
    return swept;
  }

  /** Sweeps now, after any sweep under way (one at a time in a process); resolves with what it removed. */
  function run(): Promise<SweptContent> {
    running = running.catch(() => undefined).then(sweepOnce);
    return running;
  }

  /** A sweep run by the timer: a failure is logged and the next one tries again. */
  function runInBackground(): void {
    run().catch((error: unknown) => log('The sweep of unreferenced document content failed', error));
  }

  return {
    run,
    /**
     * Sweeps every `contentSweepSeconds`, the first time one interval after start, not at it: content is kept a
     * grace period of at least an hour whatever happens, so a sweep at start would gain nothing and would compete
     * with the start's own work (at national scale a scan of millions of files), in every replica started at once.
     */
    start(): void {
      timer = setInterval(runInBackground, settings.contentSweepSeconds * 1000);
      timer.unref();
    },
    /** Stops the timer and waits for a sweep under way, so that the stores can close under none. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running.catch(() => undefined);
    },
  };
}

/** The sweep of unreferenced content. */
export type ContentSweep = ReturnType<typeof createContentSweep>;
