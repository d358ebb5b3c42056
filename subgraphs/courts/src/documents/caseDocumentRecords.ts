import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type {
  CaseDocumentTable,
  DocumentUploadTicketTable,
  MagistratesTables,
} from '../store/magistratesTables';
import type { StoredContent } from './documentContentStore';
import { caseFileFull, documentCount } from './uploadTickets';

/** A case document's row as served: everything but the legacy content column. */
export type CaseDocumentRow = Omit<CaseDocumentTable, 'content'>;

/** The columns of a served document. */
export const DOCUMENT_COLUMNS = [
  'documentId',
  'urn',
  'sequence',
  'kind',
  'title',
  'author',
  'createdAt',
  'mediaType',
  'sizeBytes',
  'sha256',
  'addedBy',
  'addedAt',
  'servedAfterSending',
] as const;

/** A document's identifier: the case's URN and its place in the file, e.g. 01AB2345678-03. */
export function documentIdOf(urn: string, sequence: number): string {
  return `${urn}-${String(sequence).padStart(2, '0')}`;
}

/**
 * Adds an uploaded document to its case file, in one transaction that holds the case's row (on PostgreSQL; a
 * SQLite store has one writer), so that two uploads at once get the next two places and the count limit holds.
 * A document added while the case stands sent to the Crown Court is marked served after sending: the file sent
 * is frozen, and the Crown Court sees what came later as such.
 */
export async function recordUploadedDocument(
  db: Kysely<MagistratesTables>,
  upload: {
    ticket: DocumentUploadTicketTable;
    stored: StoredContent;
    mediaType: string;
    addedBy: string;
    addedAt: string;
  },
  maxPerCase: number,
): Promise<CaseDocumentRow> {
  return db.transaction().execute(async (trx) => {
    const { urn } = upload.ticket;
    const found = await trx
      .selectFrom('magistratesCase')
      .select('sentToCrownCaseNumber')
      .where('urn', '=', urn)
      .$if(trx.getExecutor().adapter instanceof PostgresAdapter, (query) => query.forUpdate())
      .executeTakeFirstOrThrow();
    if ((await documentCount(trx, urn)) >= maxPerCase) throw caseFileFull(urn, maxPerCase);
    const last = await trx
      .selectFrom('caseDocument')
      .select(sql<number | null>`max(sequence)`.as('sequence'))
      .where('urn', '=', urn)
      .executeTakeFirstOrThrow();
    const sequence = Number(last.sequence ?? 0) + 1;
    const row: CaseDocumentRow = {
      documentId: documentIdOf(urn, sequence),
      urn,
      sequence,
      kind: upload.ticket.kind,
      title: upload.ticket.title,
      author: upload.ticket.author,
      createdAt: upload.addedAt,
      mediaType: upload.mediaType,
      sizeBytes: upload.stored.sizeBytes,
      sha256: upload.stored.sha256,
      addedBy: upload.addedBy,
      addedAt: upload.addedAt,
      servedAfterSending: found.sentToCrownCaseNumber === null ? 0 : 1,
    };
    await trx
      .insertInto('caseDocument')
      .values({ ...row, content: null })
      .execute();
    return row;
  });
}
