import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError } from '@lib/auth/authenticationError';
import type { AccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { sendGraphQLError, sendJson } from '@lib/http/sendJson';
import { purposeChoices } from './statedPurpose';

/**
 * GET /access/purposes: the lawful purposes the caller's agency may state in x-access-purpose, with what each
 * means, for the journey page and GraphiQL to offer. A bearer token is required: the list is the caller's own.
 */
export function purposesRoute(verifyAccessToken: AccessTokenVerifier) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET') return sendGraphQLError(response, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
    try {
      const caller = await verifyAccessToken(request.headers.authorization);
      if (!caller) return sendGraphQLError(response, 401, 'UNAUTHENTICATED', 'A bearer token is required');
      sendJson(response, 200, purposeChoices(caller));
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      sendGraphQLError(response, 401, 'UNAUTHENTICATED', `Access token refused: ${error.reason}`);
    }
  };
}
