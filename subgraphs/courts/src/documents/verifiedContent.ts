import { createHash } from 'node:crypto';
import type { CaseDocumentRow } from './caseDocumentRecords';
import type { DocumentContentStore } from './documentContentStore';
import { DocumentRefusal } from './documentRefusal';

function altered(document: CaseDocumentRow): DocumentRefusal {
  return new DocumentRefusal(
    500,
    'DOCUMENT_CORRUPT',
    `Document ${document.documentId} no longer matches its checksum and is withheld`,
  );
}

async function readOrRefuse(store: DocumentContentStore, document: CaseDocumentRow) {
  const content = await store.read(document.sha256);
  if (!content) {
    throw new DocumentRefusal(
      500,
      'DOCUMENT_UNAVAILABLE',
      `The content of document ${document.documentId} is missing`,
    );
  }
  return content;
}

/**
 * A document's bytes, checked against its checksum before the first byte is served: the content is read and
 * hashed once (DOCUMENT_CORRUPT when it does not match, DOCUMENT_UNAVAILABLE when it is missing), then read again
 * to be served, hashed again on the way, with its last chunk held back until the whole has matched once more; if
 * the file changed between the two reads, the iteration throws before the last chunk, and the reader, told the
 * size beforehand, sees a cut-off transfer rather than altered bytes. Two reads of the content: the price of
 * never sending a byte that is not known good without holding a 20 MB document in memory.
 */
export async function verifiedContent(
  store: DocumentContentStore,
  document: CaseDocumentRow,
): Promise<AsyncIterable<Uint8Array>> {
  const check = createHash('sha256');
  let size = 0;
  for await (const chunk of await readOrRefuse(store, document)) {
    check.update(chunk);
    size += chunk.length;
  }
  if (size !== document.sizeBytes || check.digest('hex') !== document.sha256) throw altered(document);
  const content = await readOrRefuse(store, document);
  return (async function* served() {
    const hash = createHash('sha256');
    let held: Uint8Array | null = null;
    for await (const chunk of content) {
      hash.update(chunk);
      if (held) yield held;
      held = chunk;
    }
    if (hash.digest('hex') !== document.sha256) throw altered(document);
    if (held) yield held;
  })();
}
