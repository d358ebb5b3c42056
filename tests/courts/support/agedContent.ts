import { utimes } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Courts } from '../../../subgraphs/courts/src/buildCourts';
import { contentPath } from '../../../subgraphs/courts/src/documents/fileContentStore';

/**
 * Makes stored content `seconds` older than it is, as time passing would: the file's modification time, or the
 * content's `stored_at` on PostgreSQL (what the sweep of unreferenced content goes by).
 */
export async function ageStoredContent(courts: Courts, sha256: string, seconds: number): Promise<void> {
  if (courts.documents.content.kind === 'files') {
    const at = new Date(Date.now() - seconds * 1000);
    await utimes(contentPath(courts.documents.settings.filesDir, sha256), at, at);
    return;
  }
  await courts.databases.magistrates.db
    .updateTable('documentContent')
    .set({ storedAt: sql<Date>`stored_at - make_interval(secs => ${seconds})` })
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
}
