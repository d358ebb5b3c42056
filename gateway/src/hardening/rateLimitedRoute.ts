import type { RouteHandler } from '@lib/http/startHttpServer';
import { HttpRefusal } from '@lib/http/httpRefusal';
import { sendGraphQLError } from '@lib/http/sendJson';
import type { AccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { callerOfRequest } from '../gatewayContext';
import { rateLimitedContext, type RequestRateLimits } from './requestRateLimits';

/**
 * Holds one of the gateway's other routes (the data-protection officer's look-up, the purposes list) to the same
 * request limits as /graphql: the same counters, so a caller cannot go round their limit, nor guess tokens, through
 * a side door. The route then runs as before; a refusal is answered here, with its status and Retry-After.
 */
export function rateLimitedRoute(
  route: RouteHandler,
  verifyAccessToken: AccessTokenVerifier,
  limits: RequestRateLimits,
  trustedProxyHops: number,
): RouteHandler {
  const vet = rateLimitedContext(
    async (request) => ({ caller: await callerOfRequest(verifyAccessToken, request) }),
    limits,
    trustedProxyHops,
  );
  return async (request, response) => {
    try {
      await vet(request);
    } catch (error) {
      if (!(error instanceof HttpRefusal)) throw error;
      for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
      return sendGraphQLError(response, error.status, error.code, error.message);
    }
    await route(request, response);
  };
}
