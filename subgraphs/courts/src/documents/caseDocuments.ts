import type { StoreDatabase } from '@lib/store/openDatabase';
import type { MagistratesTables } from '../store/magistratesTables';
import { type CaseDocumentRow, DOCUMENT_COLUMNS } from './caseDocumentRecords';
import type { DocumentContentStore } from './documentContentStore';
import type { DocumentSettings } from './documentSettings';
import { fileContentStore } from './fileContentStore';
import { postgresContentStore } from './postgresContentStore';
import { createUploadTickets } from './uploadTickets';

/**
 * The magistrates' case documents: their content store (PostgreSQL chunks when the magistrates' store is on
 * PostgreSQL, else files under the documents folder), the upload tickets, and the look-ups the routes need.
 */
export function createCaseDocuments(
  magistrates: StoreDatabase<MagistratesTables>,
  settings: DocumentSettings,
) {
  const { db } = magistrates;
  const content: DocumentContentStore =
    magistrates.dialect === 'postgres' ? postgresContentStore(db) : fileContentStore(settings.filesDir);
  return {
    db,
    settings,
    content,
    tickets: createUploadTickets(db, settings),
    /** One document's row, or undefined. */
    findDocument: (documentId: string): Promise<CaseDocumentRow | undefined> =>
      db
        .selectFrom('caseDocument')
        .select(DOCUMENT_COLUMNS)
        .where('documentId', '=', documentId)
        .executeTakeFirst(),
    /** The identifier the audit log names a case's defendant by: the PNC ID, else the case's URN. */
    defendantOf: async (urn: string): Promise<string> => {
      const found = await db
        .selectFrom('magistratesCase')
        .select('defendantPncId')
        .where('urn', '=', urn)
        .executeTakeFirst();
      return found?.defendantPncId ?? urn;
    },
  };
}

/** The case documents service. */
export type CaseDocuments = ReturnType<typeof createCaseDocuments>;
