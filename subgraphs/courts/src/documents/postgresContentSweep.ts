import { type Kysely, sql } from 'kysely';
import type { MagistratesTables } from '../store/magistratesTables';
import type { SweptContent } from './sweptContent';

/** Candidates read per query: the sweep never holds more than this many checksums. */
const BATCH = 100;

/**
 * Removes the PostgreSQL content that no case document refers to and that was last put more than `graceSeconds`
 * ago by the database's clock, each in a transaction of its own.
 *
 * Why it never removes content an upload is about to record: the deleting statement itself checks both the age
 * and the references. A put sets `stored_at` to now (postgresContentStore.ts), on a row the delete must lock: a
 * put that locked it first makes the delete wait and then see the new `stored_at`, and spare it; a put that comes
 * after the delete finds no row and stores the content again. An upload whose put was older than the grace period
 * at the delete's snapshot recorded its document (or gave up) long before, since recording follows the put within
 * one short transaction: the `not exists` sees that document, committed. Content shared by several documents is
 * referenced while any one remains.
 */
export async function sweepPostgresContent(
  db: Kysely<MagistratesTables>,
  graceSeconds: number,
): Promise<SweptContent> {
  const swept: SweptContent = { removed: 0, bytes: 0 };
  const old = sql<boolean>`stored_at <= clock_timestamp() - make_interval(secs => ${graceSeconds})`;
  const unreferenced = sql<boolean>`not exists (select 1 from case_document where case_document.sha256 = document_content.sha256)`;
  for (;;) {
    const candidates = await db
      .selectFrom('documentContent')
      .select('sha256')
      .where(old)
      .where(unreferenced)
      .limit(BATCH)
      .execute();
    for (const { sha256 } of candidates) {
      const removed = await db.transaction().execute(async (trx) => {
        const content = await trx
          .deleteFrom('documentContent')
          .where('sha256', '=', sha256)
          .where(old)
          .where(unreferenced)
          .returning('sizeBytes')
          .executeTakeFirst();
        if (content) await trx.deleteFrom('documentContentChunk').where('sha256', '=', sha256).execute();
        return content;
      });
      if (!removed) continue;
      swept.removed += 1;
      swept.bytes += Number(removed.sizeBytes);
    }
    // A candidate spared (put again, or recorded, since it was listed) is listed no more: each batch is new.
    if (candidates.length < BATCH) return swept;
  }
}
