import { createHash } from 'node:crypto';
import type { Courts } from '../../../subgraphs/courts/src/buildCourts';
import type { CaseDocumentData } from './courtsOperations';
import { downloadDocument } from './documentTransfers';

/** The SHA-256 of some bytes, lower-case hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bytes the magistrates' content store holds under a checksum, read past the graph. */
export async function storedBytes(courts: Courts, checksum: string): Promise<Buffer | null> {
  const content = await courts.documents.content.read(checksum);
  if (!content) return null;
  const parts: Buffer[] = [];
  for await (const chunk of content) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/**
 * Downloads each listed document through the gateway with `token` and checks it against itself (its bytes hash to
 * its checksum and are as long as its size says) and against the magistrates' content store (the same bytes the
 * magistrates' court holds); returns each document's bytes as Latin-1 text (a PDF's text is in it as written).
 */
export async function expectSameBytesAsMagistrates(
  courts: Courts,
  documents: readonly CaseDocumentData[],
  gatewayUrl: string,
  token: string,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const document of documents) {
    const answer = await downloadDocument(gatewayUrl, token, document.downloadPath);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-content-sha256')).toBe(document.sha256);
    expect(sha256(answer.bytes)).toBe(document.sha256);
    expect(answer.bytes.length).toBe(document.sizeBytes);
    const held = await storedBytes(courts, document.sha256);
    expect(held && Buffer.compare(held, answer.bytes)).toBe(0);
    texts.set(document.id, answer.bytes.toString('latin1'));
  }
  return texts;
}
