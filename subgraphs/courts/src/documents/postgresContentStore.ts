import { createHash, randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { MagistratesTables } from '../store/magistratesTables';
import type { DocumentContentStore } from './documentContentStore';

/**
 * Bytes per stored chunk: few rows per document, and small because node-postgres keeps each connection's read
 * and write buffers at the largest message it has carried (a chunk, twice over as hex when read): what a download
 * or upload leaves held is a few chunks per pooled connection, whatever the document's size.
 */
export const CONTENT_CHUNK_BYTES = 256 * 1024;

/** Regroups a stream's chunks into chunks of `size` bytes (the last shorter), holding at most one. */
export async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const chunk of source) {
    let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (held + rest.length >= size) {
      const take = size - held;
      parts.push(rest.subarray(0, take));
      yield Buffer.concat(parts);
      rest = rest.subarray(take);
      parts = [];
      held = 0;
    }
    if (rest.length > 0) {
      parts.push(Buffer.from(rest));
      held += rest.length;
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}

/**
 * Files the chunks written under `pending` as the content `sha256`, or drops them when that content is already
 * stored; either way the content's `stored_at` is now, so that the sweep of unreferenced content spares it until
 * the upload has recorded its document (postgresContentSweep.ts). The two statements of the second case are not
 * atomic: a sweep may remove the old content between them, which the update then finds gone, and the insert is
 * tried again (a sweep removes only old content, so this happens once at most).
 */
async function keepUnderChecksum(
  trx: Transaction<MagistratesTables>,
  pending: string,
  content: { sha256: string; sizeBytes: number; chunkCount: number },
): Promise<void> {
  const { sha256 } = content;
  for (;;) {
    const added = await trx
      .insertInto('documentContent')
      .values(content)
      .onConflict((conflict) => conflict.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    if (added) {
      await trx.updateTable('documentContentChunk').set({ sha256 }).where('sha256', '=', pending).execute();
      return;
    }
    const refreshed = await trx
      .updateTable('documentContent')
      .set({ storedAt: sql<Date>`clock_timestamp()` })
      .where('sha256', '=', sha256)
      .returning('sha256')
      .executeTakeFirst();
    if (refreshed) {
      await trx.deleteFrom('documentContentChunk').where('sha256', '=', pending).execute();
      return;
    }
  }
}

/**
 * Content in the magistrates' PostgreSQL schema, in 256 KiB bytea chunks (why not large objects:
 * documentStoreMigration.ts). An upload is written in one transaction under a pending key and moved to its
 * checksum at the end, so that a failed upload leaves nothing and two uploads of the same bytes keep one copy.
 * Content whose document is then refused stays until the sweep (postgresContentSweep.ts).
 */
export function postgresContentStore(db: Kysely<MagistratesTables>): DocumentContentStore {
  return {
    kind: 'postgres',
    put: (source) =>
      db.transaction().execute(async (trx) => {
        const pending = `pending-${randomUUID()}`;
        const hash = createHash('sha256');
        let sizeBytes = 0;
        let chunkCount = 0;
        for await (const chunk of rechunk(source, CONTENT_CHUNK_BYTES)) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          await trx
            .insertInto('documentContentChunk')
            .values({ sha256: pending, chunkIndex: chunkCount, bytes: chunk })
            .execute();
          chunkCount += 1;
        }
        const sha256 = hash.digest('hex');
        await keepUnderChecksum(trx, pending, { sha256, sizeBytes, chunkCount });
        return { sha256, sizeBytes };
      }),
    async read(sha256) {
      const content = await db
        .selectFrom('documentContent')
        .select('chunkCount')
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      if (!content) return null;
      // One chunk at a time: a download holds a chunk or two, whatever the document's size.
      return (async function* chunks() {
        for (let chunkIndex = 0; chunkIndex < content.chunkCount; chunkIndex += 1) {
          const row = await db
            .selectFrom('documentContentChunk')
            .select('bytes')
            .where('sha256', '=', sha256)
            .where('chunkIndex', '=', chunkIndex)
            .executeTakeFirst();
          // A missing chunk is content that no longer matches its checksum: the reader's hash will say so.
          if (!row) return;
          yield row.bytes;
        }
      })();
    },
  };
}
