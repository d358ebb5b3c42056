import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { MagistratesTables } from '../store/magistratesTables';
import type { DocumentContentStore } from './documentContentStore';

/** Rows moved per read: a few documents' bytes in memory at once. */
const BATCH = 20;

/**
 * Moves the bytes of documents stored in their rows (before migration 006) into the content store, then clears
 * the row's copy: the store computes the checksum again, and a row whose bytes do not match the checksum it was
 * written with keeps them, so that the download refuses it (DOCUMENT_CORRUPT) rather than serving bytes that
 * changed. Runs at start-up until no row holds content; idempotent, and a no-op on a store seeded since.
 */
export async function moveLegacyContent(
  db: Kysely<MagistratesTables>,
  content: DocumentContentStore,
): Promise<number> {
  let moved = 0;
  const skipped = new Set<string>();
  for (;;) {
    const rows = await db
      .selectFrom('caseDocument')
      .select(['documentId', 'sha256', 'content'])
      .where('content', 'is not', null)
      .$if(skipped.size > 0, (query) => query.where('documentId', 'not in', [...skipped]))
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return moved;
    for (const row of rows) {
      const stored = await content.put(Readable.from([row.content ?? new Uint8Array()]));
      if (stored.sha256 !== row.sha256) {
        skipped.add(row.documentId);
        continue;
      }
      await db
        .updateTable('caseDocument')
        .set({ content: null })
        .where('documentId', '=', row.documentId)
        .execute();
      moved += 1;
    }
  }
}
