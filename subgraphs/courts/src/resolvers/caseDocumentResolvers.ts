import { requireNoCaseload } from '@lib/authorization/caseload';
import { badUserInput } from '@lib/graphql/errors';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import type { CaseDocumentRow } from '../documents/caseDocumentRecords';
import { DOWNLOAD_PATH, UPLOAD_PATH } from '../documents/documentRoutes';
import type { CaseDocumentKind, MagistratesCaseTable } from '../store/magistratesTables';

/** A title or author: 1 to 200 characters once trimmed. */
function statedText(value: string, argument: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw badUserInput(`${argument} must be from 1 to 200 characters`, argument);
  }
  return trimmed;
}

/**
 * The case file, listed from the magistrates' store to whoever may read the case, the Crown Court included: the
 * documents' metadata and where to download each; the bytes go through the gateway's download route, never
 * through GraphQL. And the ticket with which court staff upload a document.
 */
export const caseDocumentResolvers = {
  MagistratesCase: {
    documents: async (row: MagistratesCaseTable, _args: unknown, context: CourtsContext) => {
      const documents = await context.documentsByUrn.load(row.urn);
      if (documents.length > 0) disclose(context, row.defendantPncId ?? row.urn);
      return documents;
    },
  },
  CaseDocument: {
    id: (document: CaseDocumentRow) => document.documentId,
    servedAfterSending: (document: CaseDocumentRow) => document.servedAfterSending === 1,
    downloadPath: (document: CaseDocumentRow) =>
      `${DOWNLOAD_PATH}?id=${encodeURIComponent(document.documentId)}`,
  },
  Mutation: {
    requestCaseDocumentUpload: async (
      _root: unknown,
      { input }: { input: { urn: string; kind: CaseDocumentKind; title: string; author: string } },
      context: CourtsContext,
    ) => {
      requireNoCaseload(
        context.caller,
        'The courts cannot tell where a person is held: staff limited to a prison caseload do not add to case files',
      );
      const caller = context.caller;
      if (!caller) throw badUserInput('An upload is issued to a caller: send a bearer token');
      const intent = {
        urn: input.urn,
        kind: input.kind,
        title: statedText(input.title, 'title'),
        author: statedText(input.author, 'author'),
      };
      const { documents } = context;
      const { ticket, expiresAt } = await documents.tickets.issue(intent, caller, context.now());
      return {
        uploadPath: `${UPLOAD_PATH}?ticket=${ticket}`,
        expiresAt,
        maxBytes: documents.settings.maxBytes,
      };
    },
  },
};
