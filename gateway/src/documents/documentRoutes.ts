import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  GATEWAY_CREDENTIAL_HEADER,
  signSubgraphCredential,
  type SubgraphCredentialKey,
} from '@lib/auth/subgraphCredential';
import type { Caller } from '@lib/auth/caller';
import { HttpRefusal } from '@lib/http/httpRefusal';
import { sendGraphQLError } from '@lib/http/sendJson';
import type { RouteHandler } from '@lib/http/startHttpServer';
import { DISCLOSED_HEADER } from '@lib/subgraph/disclosure';
import type { AuditOutcome } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import { purposeRefusal } from '../auditing/statedPurpose';
import { type GatewayContext, REQUEST_ID_HEADER } from '../gatewayContext';
import { auditTransfer, type DocumentTransfer } from './documentAudit';

/** The gateway's document paths; the courts subgraph serves the same paths behind them. */
export const DOCUMENT_PATHS = { upload: '/documents/upload', download: '/documents/download' } as const;

/** What the document routes are built from. */
export interface DocumentRouteOptions {
  /** The request's context with the bearer token checked and the request counted against the rate limits. */
  buildContext: (request: IncomingMessage) => Promise<GatewayContext>;
  /** The courts subgraph's GraphQL URL (the routes are beside it). */
  courtsUrl: () => string | undefined;
  credentialKey: SubgraphCredentialKey;
  auditStore: Pick<AuditStore, 'append'>;
  onAuditWrite?: (error: unknown) => void;
  /** How long the courts may take to answer, in ms, once the request is sent. */
  timeoutMs?: number;
}

/** The largest answer (an upload's JSON, an error) read before it is passed on. */
const MAX_ANSWER_BYTES = 64 * 1024;

type Kind = keyof typeof DOCUMENT_PATHS;
const SCOPE: Record<Kind, string> = { upload: 'courts:write', download: 'courts:read' };
const METHOD: Record<Kind, string> = { upload: 'POST', download: 'GET' };
/** The headers of a download passed on to the caller. */
const PASSED_ON = [
  'content-type',
  'content-length',
  'content-disposition',
  'x-content-sha256',
  'x-content-type-options',
  'cache-control',
];

async function readAnswer(answer: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of answer as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw new Error('The courts answered more than expected');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function outcomeOf(status: number): AuditOutcome {
  if (status < 300) return 'SUCCESS';
  return status === 401 || status === 403 ? 'DENIED' : 'ERROR';
}

/** Sends the request on to the courts, streaming its body, and resolves with their answer's head. */
function forward(
  kind: Kind,
  request: IncomingMessage,
  target: URL,
  headers: Record<string, string>,
  timeoutMs: number,
) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const upstream = httpRequest(target, { method: METHOD[kind], headers }, resolve);
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error('The courts did not answer in time')));
    upstream.on('error', reject);
    if (kind === 'upload') pipeline(request, upstream).catch(reject);
    else upstream.end();
  });
}

/**
 * The gateway's routes for case documents' bytes, which GraphQL does not carry: POST /documents/upload?ticket=…
 * (magistrates' court staff, courts:write, with the ticket requestCaseDocumentUpload gave them) and
 * GET /documents/download?id=… (courts:read, the Crown Court among them). Each is held to what /graphql is: the
 * bearer token, the request rate limits, the scope, a stated purpose (x-access-purpose); it is then streamed
 * to the courts subgraph with the gateway's signed credential, never held whole, and its audit record (the
 * defendant whose file it touched, as the courts name them) is written before the answer's first byte leaves:
 * 503 AUDIT_UNAVAILABLE and nothing served when it cannot be. The courts check the rest (ticket, type, size,
 * count, caseload, checksum).
 */
export function documentRoutes(options: DocumentRouteOptions): Record<string, RouteHandler> {
  const route =
    (kind: Kind): RouteHandler =>
    async (request: IncomingMessage, response: ServerResponse) => {
      const refuse = (
        status: number,
        code: string,
        message: string,
        headers: Record<string, string> = {},
      ) => {
        request.resume();
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        sendGraphQLError(response, status, code, message);
      };
      if (request.method !== METHOD[kind]) return refuse(405, 'METHOD_NOT_ALLOWED', `Use ${METHOD[kind]}`);
      let context: GatewayContext;
      try {
        context = await options.buildContext(request);
      } catch (error) {
        if (!(error instanceof HttpRefusal)) throw error;
        return refuse(error.status, error.code, error.message, error.headers);
      }
      const caller: Caller | null = context.caller;
      if (!caller) return refuse(401, 'UNAUTHENTICATED', 'A bearer token is required');
      const transfer = (outcome: AuditOutcome, offenders: string[] = []): DocumentTransfer => ({
        request,
        requestId: context.requestId,
        caller,
        purpose: context.purpose,
        operationName: `${METHOD[kind]} ${DOCUMENT_PATHS[kind]}`,
        offenders,
        outcome,
      });
      const audited = (entry: DocumentTransfer) =>
        auditTransfer(options.auditStore, entry, options.onAuditWrite);
      const auditUnavailable = () =>
        refuse(503, 'AUDIT_UNAVAILABLE', 'The audit log is unavailable: try again later');
      if (!caller.scopes.has(SCOPE[kind])) {
        if (!(await audited(transfer('DENIED')))) return auditUnavailable();
        return refuse(403, 'FORBIDDEN', `Requires the ${SCOPE[kind]} scope`);
      }
      const purposeRefused = purposeRefusal(caller, context.purpose);
      if (purposeRefused) return refuse(purposeRefused.status, purposeRefused.code, purposeRefused.message);
      const courtsUrl = options.courtsUrl();
      if (!courtsUrl) return refuse(503, 'SUBGRAPH_UNAVAILABLE', 'The courts system is not configured');
      const target = new URL(DOCUMENT_PATHS[kind], courtsUrl);
      target.search = new URL(request.url ?? '/', 'http://gateway').search;
      const headers: Record<string, string> = {
        [GATEWAY_CREDENTIAL_HEADER]: await signSubgraphCredential(caller, options.credentialKey),
        [REQUEST_ID_HEADER]: context.requestId,
      };
      if (kind === 'upload') {
        headers['content-type'] = 'application/octet-stream';
        const length = request.headers['content-length'];
        if (length) headers['content-length'] = length;
        else headers['transfer-encoding'] = 'chunked';
      }
      let answer: IncomingMessage;
      try {
        answer = await forward(kind, request, target, headers, options.timeoutMs ?? 120_000);
      } catch {
        await audited(transfer('ERROR'));
        return refuse(503, 'SUBGRAPH_UNAVAILABLE', 'The courts system could not be reached: try again later');
      }
      const status = answer.statusCode ?? 502;
      const disclosed = String(answer.headers[DISCLOSED_HEADER] ?? '')
        .split(',')
        .filter(Boolean);
      if (status !== 200 || kind === 'upload') {
        const body = await readAnswer(answer);
        if (!(await audited(transfer(outcomeOf(status), disclosed)))) return auditUnavailable();
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
        });
        return void response.end(body);
      }
      if (!(await audited(transfer('SUCCESS', disclosed)))) {
        answer.destroy();
        return auditUnavailable();
      }
      const passed = Object.fromEntries(
        PASSED_ON.flatMap((name) =>
          answer.headers[name] === undefined ? [] : [[name, String(answer.headers[name])]],
        ),
      );
      response.writeHead(200, passed);
      // Cut short by the courts (the content changed as it was read), the caller's transfer is cut short too.
      await pipeline(answer, response).catch(() => response.destroy());
    };
  return { [DOCUMENT_PATHS.upload]: route('upload'), [DOCUMENT_PATHS.download]: route('download') };
}
