import type { AuthConfig } from './authConfig';
import { AuthenticationError } from './authenticationError';
import { createCachedJwtVerifier } from './cachedJwtVerifier';
import type { Caller } from './caller';
import { callerFromClaims } from './callerClaims';

/** Knobs for tests and tuning; production uses the defaults. */
export interface AccessTokenVerifierOptions {
  /** The clock, in ms since the epoch. */
  now?: () => number;
  /** Most verified tokens remembered at once (default 10,000). */
  maxCacheEntries?: number;
}

/** Verifies the Authorization header of a request to the gateway. */
export type AccessTokenVerifier = (authorizationHeader: string | undefined) => Promise<Caller | null>;

const BEARER = /^Bearer +(\S*) *$/i;
// RFC 6750's b64token; a JWT only ever uses the base64url subset of it and dots.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Builds the verifier of partner agencies' access tokens: no header means an anonymous caller (null); otherwise
 * `Bearer <jwt>`, verified against the configured keys, algorithm allow-list, issuer, audience, exp and nbf,
 * with claims `sub` and `agency` (required), `scope` (space-separated) and `caseload` (prison codes).
 * Throws AuthenticationError, whose reason is safe to show, for any refused header or token.
 */
export function createAccessTokenVerifier(
  config: AuthConfig,
  options: AccessTokenVerifierOptions = {},
): AccessTokenVerifier {
  const verify = createCachedJwtVerifier({
    keys: config.keys,
    checks: {
      algorithms: [...config.algorithms],
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: config.clockToleranceSeconds,
    },
    read: callerFromClaims,
    now: options.now,
    maxCacheEntries: options.maxCacheEntries,
  });

  return async (authorizationHeader) => {
    if (authorizationHeader === undefined) return null;
    const token = BEARER.exec(authorizationHeader)?.[1];
    if (token === undefined)
      throw new AuthenticationError('expected an "Authorization: Bearer <token>" header');
    if (!B64TOKEN.test(token)) throw new AuthenticationError('malformed token');
    return verify(token);
  };
}
