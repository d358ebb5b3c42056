import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Caller } from '@lib/auth/caller';
import { sendGraphQLError, sendJson } from '@lib/http/sendJson';
import { DISCLOSED_HEADER } from '@lib/subgraph/disclosure';
import type { CallerRoute } from '@lib/subgraph/startSubgraphServer';
import { caseFileFull, documentCount, ticketHolder } from './uploadTickets';
import { recordUploadedDocument } from './caseDocumentRecords';
import type { CaseDocuments } from './caseDocuments';
import { inspectedUpload, type InspectedUpload } from './contentType';
import { DocumentRefusal } from './documentRefusal';
import { verifiedContent } from './verifiedContent';

/** The paths of the documents routes, on the courts subgraph and, the same, on the gateway. */
export const UPLOAD_PATH = '/documents/upload';
export const DOWNLOAD_PATH = '/documents/download';

/** Refuses a caller without `scope` (403 FORBIDDEN) or limited to a prison caseload (403 OUTSIDE_CASELOAD). */
function requireCourtsScope(caller: Caller | null, scope: string): Caller {
  if (!caller?.scopes.has(scope)) throw new DocumentRefusal(403, 'FORBIDDEN', `Requires the ${scope} scope`);
  if (caller.caseload != null) {
    throw new DocumentRefusal(
      403,
      'OUTSIDE_CASELOAD',
      'The courts cannot tell where a person is held: staff limited to a prison caseload do not read court records',
    );
  }
  return caller;
}

function parameter(request: IncomingMessage, name: string): string {
  const value = new URL(request.url ?? '/', 'http://localhost').searchParams.get(name);
  if (!value) throw new DocumentRefusal(400, 'BAD_USER_INPUT', `The ${name} query parameter is required`);
  return value;
}

/** Answers a refusal; an upload's unread body is read and dropped, so that the answer reaches the caller. */
function answerRefusal(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  if (!(error instanceof DocumentRefusal)) throw error;
  if (!request.readableEnded) request.resume();
  if (response.headersSent) return void response.destroy();
  sendGraphQLError(response, error.status, error.code, error.message);
}

/**
 * The courts subgraph's document routes, reached only through the gateway (its credential names the caller):
 * POST /documents/upload?ticket=… streams a document into the content store and adds it to the case file, and
 * GET /documents/download?id=… streams a document's bytes, checked against the checksum (verifiedContent.ts).
 */
export function documentRoutes(documents: CaseDocuments, now: () => Date): Record<string, CallerRoute> {
  const { settings } = documents;
  return {
    [UPLOAD_PATH]: async (request, response, caller) => {
      try {
        if (request.method !== 'POST') throw new DocumentRefusal(405, 'METHOD_NOT_ALLOWED', 'Use POST');
        const uploader = requireCourtsScope(caller, 'courts:write');
        const ticket = await documents.tickets.claim(parameter(request, 'ticket'), uploader, now());
        // Refused before any byte is read when the file is already full (and again when it is recorded).
        if ((await documentCount(documents.db, ticket.urn)) >= settings.maxPerCase) {
          throw caseFileFull(ticket.urn, settings.maxPerCase);
        }
        const inspected: InspectedUpload = { mediaType: null };
        // The body is read here and no further: a refusal part-way leaves the rest to be drained, not destroyed.
        const body = request.iterator({ destroyOnReturn: false });
        const stored = await documents.content.put(inspectedUpload(body, settings.maxBytes, inspected));
        const row = await recordUploadedDocument(
          documents.db,
          {
            ticket,
            stored,
            mediaType: inspected.mediaType ?? 'application/octet-stream',
            addedBy: ticketHolder(uploader),
            addedAt: now().toISOString(),
          },
          settings.maxPerCase,
        );
        response.setHeader(DISCLOSED_HEADER, await documents.defendantOf(row.urn));
        sendJson(response, 201, {
          document: { ...row, id: row.documentId, servedAfterSending: row.servedAfterSending === 1 },
        });
      } catch (error) {
        answerRefusal(request, response, error);
      }
    },
    [DOWNLOAD_PATH]: async (request, response, caller) => {
      let content: AsyncIterable<Uint8Array>;
      let headers: Record<string, string | number>;
      try {
        if (request.method !== 'GET') throw new DocumentRefusal(405, 'METHOD_NOT_ALLOWED', 'Use GET');
        requireCourtsScope(caller, 'courts:read');
        const documentId = parameter(request, 'id');
        const document = await documents.findDocument(documentId);
        if (!document) throw new DocumentRefusal(404, 'DOCUMENT_NOT_FOUND', `No case document ${documentId}`);
        content = await verifiedContent(documents.content, document);
        headers = {
          'content-type': document.mediaType,
          'content-length': document.sizeBytes,
          'content-disposition': `attachment; filename="${document.documentId}"`,
          'x-content-sha256': document.sha256,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
          [DISCLOSED_HEADER]: await documents.defendantOf(document.urn),
        };
      } catch (error) {
        return answerRefusal(request, response, error);
      }
      response.writeHead(200, headers);
      // An error part-way (the file changed under the second read) cuts the response short: the caller, told the
      // length, sees an incomplete transfer.
      await pipeline(Readable.from(content), response).catch(() => response.destroy());
    },
  };
}
