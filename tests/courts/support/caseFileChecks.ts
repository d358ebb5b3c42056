import { createHash } from 'node:crypto';
import type { Courts } from '../../../subgraphs/courts/src/buildCourts';
import type { CaseDocumentData } from './courtsOperations';

/** The SHA-256 of some bytes, lower-case hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks each served document against itself (its bytes hash to its checksum and are as long as its size says)
 * and against the magistrates' store (the same bytes the magistrates' court holds), and returns them decoded.
 */
export async function expectSameBytesAsMagistrates(
  courts: Courts,
  documents: readonly CaseDocumentData[],
): Promise<Map<string, string>> {
  const stored = await courts.databases.magistrates.db
    .selectFrom('caseDocument')
    .select(['documentId', 'content', 'sha256'])
    .where(
      'documentId',
      'in',
      documents.map((document) => document.id),
    )
    .execute();
  const storedById = new Map(stored.map((row) => [row.documentId, row]));
  const texts = new Map<string, string>();
  for (const document of documents) {
    const bytes = Buffer.from(document.contentBase64, 'base64');
    expect(sha256(bytes)).toBe(document.sha256);
    expect(bytes.length).toBe(document.sizeBytes);
    const held = storedById.get(document.id);
    expect(held && Buffer.compare(Buffer.from(held.content), bytes)).toBe(0);
    expect(held?.sha256).toBe(document.sha256);
    texts.set(document.id, bytes.toString('utf8'));
  }
  return texts;
}
