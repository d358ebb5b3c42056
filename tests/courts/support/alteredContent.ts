import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Courts } from '../../../subgraphs/courts/src/buildCourts';
import { contentPath } from '../../../subgraphs/courts/src/documents/fileContentStore';

function flipped(bytes: Uint8Array): Buffer {
  const altered = Buffer.from(bytes);
  altered[altered.length - 20] = (altered[altered.length - 20] ?? 0) ^ 0x01;
  return altered;
}

/**
 * Changes one byte of the content file of `sha256` under `filesDir`: a new file renamed over the stored one, never
 * a write into it, since the test stores' content files are hard links to the run's template
 * (tests/support/sqliteTemplate.ts), shared by every test file.
 */
export function alterContentFile(filesDir: string, sha256: string): void {
  const path = contentPath(filesDir, sha256);
  const altered = `${path}.altered`;
  writeFileSync(altered, flipped(readFileSync(path)), { mode: 0o440 });
  renameSync(altered, path);
}

/**
 * Changes one byte of stored content behind the courts' back, keeping its length, as someone with the disk (or
 * the database) could: the file under its checksum's path, or the first chunk on PostgreSQL.
 */
export async function alterStoredContent(courts: Courts, sha256: string): Promise<void> {
  if (courts.documents.content.kind === 'files') {
    alterContentFile(courts.documents.settings.filesDir, sha256);
    return;
  }
  const { db } = courts.databases.magistrates;
  const chunk = await db
    .selectFrom('documentContentChunk')
    .select('bytes')
    .where('sha256', '=', sha256)
    .where('chunkIndex', '=', 0)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('documentContentChunk')
    .set({ bytes: flipped(chunk.bytes) })
    .where('sha256', '=', sha256)
    .where('chunkIndex', '=', 0)
    .execute();
}
