import { GraphQLError } from 'graphql';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import { sha256Of } from '../services/documentChecksum';
import type { CaseDocumentTable, MagistratesCaseTable } from '../store/magistratesTables';

type DocumentRow = Omit<CaseDocumentTable, 'content'>;

/**
 * The case file, served from the magistrates' store to whoever may read the case, the Crown Court included.
 * Content is loaded only when asked for, and checked against the stored checksum before it leaves.
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
    id: (document: DocumentRow) => document.documentId,
    contentBase64: async (document: DocumentRow, _args: unknown, context: CourtsContext) => {
      const stored = await context.documentContentById.load(document.documentId);
      if (!stored) {
        throw new GraphQLError(`Document ${document.documentId} is no longer in the case file`, {
          extensions: { code: 'DOCUMENT_UNAVAILABLE' },
        });
      }
      const content = Buffer.isBuffer(stored.content) ? stored.content : Buffer.from(stored.content);
      if (sha256Of(content) !== stored.sha256) {
        throw new GraphQLError(
          `Document ${document.documentId} does not match its checksum and is withheld`,
          {
            extensions: { code: 'DOCUMENT_CORRUPT' },
          },
        );
      }
      return content.toString('base64');
    },
  },
};
