import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { textPdf } from '../../seed/caseFiles/minimalPdf';
import type { DocumentContentStore } from '../../subgraphs/courts/src/documents/documentContentStore';
import { contentPath, fileContentStore } from '../../subgraphs/courts/src/documents/fileContentStore';
import { sweepFileContent } from '../../subgraphs/courts/src/documents/fileContentSweep';
import { postgresContentStore } from '../../subgraphs/courts/src/documents/postgresContentStore';
import { sweepPostgresContent } from '../../subgraphs/courts/src/documents/postgresContentSweep';
import { magistratesMigrations } from '../../subgraphs/courts/src/store/magistratesMigrations';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import { postgresTestDatabases } from '../audit/support/auditTestDatabases';

const GRACE_SECONDS = 3600;
const bytes = textPdf('Witness statement', 'MG11 WITNESS STATEMENT\nNever recorded');
const sha256 = createHash('sha256').update(bytes).digest('hex');
const once = () => Readable.from([bytes]);

async function contentOf(store: DocumentContentStore): Promise<Buffer | null> {
  const content = await store.read(sha256);
  if (!content) return null;
  const parts: Buffer[] = [];
  for await (const chunk of content) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/**
 * The sweep of unreferenced content raced, step by step, by what an upload does between its bytes stored and its
 * document recorded; the whole path, through HTTP, is in caseDocumentSweep.test.ts.
 */
describe('the sweep of content files, raced by uploads', () => {
  let root: string;
  let store: DocumentContentStore;
  const makeOld = async () => {
    const at = new Date(Date.now() - (GRACE_SECONDS + 60) * 1000);
    await utimes(contentPath(root, sha256), at, at);
  };

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'justice-gateway-content-'));
    store = fileContentStore(root);
    await store.put(once());
    await makeOld();
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** No document refers to anything. */
  const unreferenced = { under: () => Promise.resolve(new Set<string>()), has: () => Promise.resolve(false) };

  it('keeps the same bytes put again while the old file was set aside', async () => {
    let checks = 0;
    const swept = await sweepFileContent(root, GRACE_SECONDS, {
      under: () => Promise.resolve(new Set()),
      // The check made on the file set aside: an upload of the same bytes stores them just before it.
      has: async () => {
        checks += 1;
        await store.put(once());
        return false;
      },
    });
    expect(checks).toBe(1);
    expect(swept).toMatchObject({ removed: 1, bytes: bytes.length });
    expect(await contentOf(store)).toEqual(bytes);
    expect(await sweepFileContent(root, GRACE_SECONDS, unreferenced)).toMatchObject({
      removed: 0,
    });
  });

  it('puts back a file whose document was recorded while it was set aside', async () => {
    // Unreferenced at the scan, referenced when checked again on the file set aside.
    const swept = await sweepFileContent(root, GRACE_SECONDS, {
      under: () => Promise.resolve(new Set()),
      has: () => Promise.resolve(true),
    });
    expect(swept).toMatchObject({ removed: 0 });
    expect(await contentOf(store)).toEqual(bytes);
  });

  it("puts back what a stopped sweep set aside, and removes a stopped upload's old temporary file", async () => {
    mkdirSync(join(root, 'sweeping'));
    renameSync(contentPath(root, sha256), join(root, 'sweeping', `${sha256}-stopped`));
    const abandoned = join(root, 'incoming', 'abandoned');
    const writing = join(root, 'incoming', 'writing');
    writeFileSync(abandoned, 'part of an upload');
    writeFileSync(writing, 'part of an upload');
    const at = new Date(Date.now() - (GRACE_SECONDS + 60) * 1000);
    await utimes(abandoned, at, at);
    const swept = await sweepFileContent(root, GRACE_SECONDS, {
      under: () => Promise.resolve(new Set([sha256])),
      has: () => Promise.resolve(true),
    });
    expect(swept).toEqual({ removed: 0, bytes: 0, abandonedUploads: 1 });
    expect(await contentOf(store)).toEqual(bytes);
    expect([existsSync(abandoned), existsSync(writing)]).toEqual([false, true]);
  });
});

describe('the sweep of PostgreSQL content, raced by uploads', () => {
  const databases = postgresTestDatabases();
  afterAll(() => databases.cleanUp());

  it('waits for a put of the same bytes under way, then spares them', async () => {
    const magistrates = openDatabase<MagistratesTables>(await databases.fresh());
    try {
      const { db } = magistrates;
      await migrateToLatest(db, magistratesMigrations);
      const store = postgresContentStore(db);
      await store.put(once());
      await sql`update document_content set stored_at = stored_at - make_interval(secs => ${GRACE_SECONDS + 60})`.execute(
        db,
      );
      // An upload's put of the same bytes, its transaction not yet committed, holds the content's row.
      let commit: () => void = () => undefined;
      const committed = new Promise<void>((resolve) => (commit = resolve));
      let putHolds: (pid: number) => void = () => undefined;
      const holding = new Promise<number>((resolve) => (putHolds = resolve));
      const put = db.transaction().execute(async (trx) => {
        await trx
          .updateTable('documentContent')
          .set({ storedAt: sql<Date>`clock_timestamp()` })
          .where('sha256', '=', sha256)
          .execute();
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        putHolds(rows[0]?.pid ?? 0);
        await committed;
      });
      const putPid = await holding;
      const sweep = sweepPostgresContent(db, GRACE_SECONDS);
      await blockedBy(db, putPid);
      commit();
      await put;
      expect(await sweep).toEqual({ removed: 0, bytes: 0 });
      expect(await contentOf(store)).toEqual(bytes);
    } finally {
      await magistrates.close();
    }
  });
});

/** Resolves once a statement waits for the transaction of `pid`: the sweep's delete, for the put's row. */
async function blockedBy(db: Kysely<MagistratesTables>, pid: number): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    const { rows } = await sql<{
      blocked: number;
    }>`select count(*)::int as blocked from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`.execute(
      db,
    );
    if ((rows[0]?.blocked ?? 0) > 0) return;
    await sleep(10);
  }
  throw new Error('The sweep never waited for the put');
}
