import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError } from '@lib/auth/authenticationError';
import type { AccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { sendGraphQLError, sendJson } from '@lib/http/sendJson';
import type { AuditStore } from '../audit/auditStore';

/** The scope a data-protection officer holds. */
const AUDIT_SCOPE = 'audit:read';

/**
 * GET /audit/consultations?identifier=<PNC ID or prison number>[&limit=N]: for a data-protection officer, who
 * consulted one offender's records, when and why, newest first. The audit log is the gateway's own record, not
 * domain data, so it is served here rather than through the graph.
 */
export function consultationsRoute(
  store: Pick<AuditStore, 'consultationsOf'>,
  verifyAccessToken: AccessTokenVerifier,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET') return sendGraphQLError(response, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
    let scopes: ReadonlySet<string> | undefined;
    try {
      scopes = (await verifyAccessToken(request.headers.authorization))?.scopes;
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      return sendGraphQLError(response, 401, 'UNAUTHENTICATED', `Access token refused: ${error.reason}`);
    }
    if (!scopes) return sendGraphQLError(response, 401, 'UNAUTHENTICATED', 'A bearer token is required');
    if (!scopes.has(AUDIT_SCOPE))
      return sendGraphQLError(response, 403, 'FORBIDDEN', `Requires the ${AUDIT_SCOPE} scope`);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const identifier = url.searchParams.get('identifier')?.trim().toUpperCase();
    const limit = Number(url.searchParams.get('limit') ?? 100);
    if (!identifier)
      return sendGraphQLError(response, 400, 'BAD_USER_INPUT', 'Give the offender as ?identifier=');
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return sendGraphQLError(response, 400, 'BAD_USER_INPUT', 'limit must be a whole number from 1 to 1000');
    }
    const records = await store.consultationsOf(identifier, { limit });
    sendJson(response, 200, {
      identifier,
      consultations: records.map((record) => ({
        recordedAt: record.recordedAt,
        subject: record.subject,
        agency: record.agency,
        purpose: record.purpose,
        operationName: record.operationName,
        fields: record.fields,
        outcome: record.outcome,
        sequence: record.sequence,
      })),
    });
  };
}
