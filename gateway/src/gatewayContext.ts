import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpRefusal } from '@lib/http/httpRefusal';
import { AuthenticationError } from '@lib/auth/authenticationError';
import type { Caller } from '@lib/auth/caller';
import type { AccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { RequestAudit } from './auditing/requestAudit';
import { readStatedPurpose, type StatedPurpose } from './auditing/statedPurpose';
import type { AuthorizedOperationAnalysis } from './authorization/authorizationPlugin';

export { PURPOSE_HEADER } from './auditing/statedPurpose';

/** The header that carries the request's id to the subgraphs, so that their logs join the gateway's. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Per-request state of the gateway. */
export interface GatewayContext {
  requestId: string;
  /** When the request must be answered by (ms since the epoch): subgraph fetches get no longer than what is left. */
  deadlineAt: number;
  /** Who is calling, from their verified token; null when anonymous. */
  caller: Caller | null;
  /** The stated purpose of the access (a code, checked against the caller's agency, and a detail), if any. */
  purpose: StatedPurpose | null;
  /** What the request did to personal data, noted as it happens and made into its audit record. */
  audit: RequestAudit;
  /**
   * The operation as authorized for the caller, with its footprint: set by the authorization plugin once the
   * operation is resolved, read by the audit plugin and the executor.
   */
  operation?: AuthorizedOperationAnalysis;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The request's id: the caller's x-request-id when it is a sensible one, else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const requestId = header(request, REQUEST_ID_HEADER);
  return requestId && REQUEST_ID.test(requestId) ? requestId : randomUUID();
}

/** The request's caller from its bearer token: null without one, a 401 HttpRefusal with the reason when refused. */
export async function callerOfRequest(
  verifyAccessToken: AccessTokenVerifier,
  request: IncomingMessage,
): Promise<Caller | null> {
  try {
    return await verifyAccessToken(header(request, 'authorization'));
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new HttpRefusal(401, 'UNAUTHENTICATED', `Access token refused: ${error.reason}`, {
      'www-authenticate': 'Bearer error="invalid_token"',
    });
  }
}

/** Builds a request's context: verifies the bearer token (401 with the reason when refused). */
export function gatewayContextFactory(verifyAccessToken: AccessTokenVerifier, requestDeadlineMs: number) {
  return async (request: IncomingMessage): Promise<GatewayContext> => {
    const deadlineAt = Date.now() + requestDeadlineMs;
    const caller = await callerOfRequest(verifyAccessToken, request);
    return {
      requestId: requestIdOf(request),
      deadlineAt,
      caller,
      purpose: readStatedPurpose(request),
      audit: new RequestAudit(),
    };
  };
}
