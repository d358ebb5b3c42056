import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentPath } from '../../subgraphs/courts/src/documents/fileContentStore';
import { CONTENT_CHUNK_BYTES } from '../../subgraphs/courts/src/documents/postgresContentStore';
import type { MagistratesRows } from '../rows/rowTypes';

/** Where seeded rows are going: the store's engine and, for a SQLite store, the folder of the content files. */
export interface SeedTarget {
  dialect: 'sqlite' | 'postgres';
  /** `<dataDir>/magistrates-documents`, as the courts subgraph reads it (documentSettings.ts). */
  documentsDir: string;
}

/**
 * Writes one document's bytes as the file content store keeps them (fileContentStore.ts): a temporary file renamed
 * to its checksum's path, read-only. Not fsync'd one by one: a seeding cut short is redone with --force, and
 * tens of thousands of fsyncs would make it minutes longer.
 */
function writeContentFile(documentsDir: string, sha256: string, content: Buffer): void {
  const path = contentPath(documentsDir, sha256);
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${sha256}.seeding`);
  writeFileSync(temporary, content, { mode: 0o440 });
  chmodSync(temporary, 0o440);
  renameSync(temporary, path);
}

/**
 * The magistrates' row groups with each case document's bytes moved into the content store: files under the
 * documents folder for a SQLite store, content and chunk rows in the same transaction for a PostgreSQL one. The
 * document rows keep only the metadata, as the courts subgraph writes them.
 */
export function* withStoredContent(
  groups: Iterable<MagistratesRows>,
  target: SeedTarget,
): Generator<MagistratesRows> {
  const kept = new Set<string>();
  for (const group of groups) {
    const documents = group.caseDocument ?? [];
    if (documents.length === 0) {
      yield group;
      continue;
    }
    const contents: NonNullable<MagistratesRows['documentContent']> = [];
    const chunks: NonNullable<MagistratesRows['documentContentChunk']> = [];
    for (const document of documents) {
      const content = Buffer.from(document.content ?? new Uint8Array());
      if (kept.has(document.sha256)) continue;
      kept.add(document.sha256);
      if (target.dialect === 'sqlite') {
        writeContentFile(target.documentsDir, document.sha256, content);
        continue;
      }
      const chunkCount = Math.max(1, Math.ceil(content.length / CONTENT_CHUNK_BYTES));
      contents.push({ sha256: document.sha256, sizeBytes: content.length, chunkCount });
      for (let chunkIndex = 0; chunkIndex < chunkCount; chunkIndex += 1) {
        const start = chunkIndex * CONTENT_CHUNK_BYTES;
        chunks.push({
          sha256: document.sha256,
          chunkIndex,
          bytes: content.subarray(start, start + CONTENT_CHUNK_BYTES),
        });
      }
    }
    yield {
      ...group,
      caseDocument: documents.map((document) => ({ ...document, content: null })),
      ...(contents.length > 0 ? { documentContent: contents, documentContentChunk: chunks } : {}),
    };
  }
}
