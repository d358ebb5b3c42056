import { AuthenticationError } from './authenticationError';

/** Reasons for jose's error codes that mean "this token is not acceptable" (the caller's fault). */
const REASON_BY_CODE: Record<string, string> = {
  ERR_JWT_EXPIRED: 'token expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature invalid',
  ERR_JOSE_ALG_NOT_ALLOWED: 'algorithm not allowed',
  ERR_JOSE_NOT_SUPPORTED: 'algorithm not allowed',
  ERR_JWS_INVALID: 'malformed token',
  ERR_JWT_INVALID: 'malformed token',
  ERR_JWKS_NO_MATCHING_KEY: 'unknown signing key',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'ambiguous signing key: set the "kid" header',
};

/** Reasons for the claims jose checks itself, when a claim fails its check. */
const REASON_BY_CLAIM: Record<string, string> = {
  iss: 'wrong issuer',
  aud: 'wrong audience',
  nbf: 'token not yet valid',
  typ: 'wrong token type',
  iat: 'token issued in the future',
};

/**
 * Turns an error thrown by jose's `jwtVerify` into the AuthenticationError to refuse the caller with, or
 * undefined when it is not the token's fault (a JWKS endpoint that times out or answers garbage): that is the
 * gateway's problem, to report as unavailable rather than as the caller's bad token.
 */
export function authenticationErrorFromJose(error: unknown): AuthenticationError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // By `code`, which jose documents as stable, not instanceof: that holds across duplicate copies of jose.
  const { code, claim, reason } = error as { code?: unknown; claim?: unknown; reason?: unknown };
  if (typeof code !== 'string') return undefined;
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && typeof claim === 'string') {
    if (reason === 'missing') return new AuthenticationError(`missing claim: ${claim}`, { cause: error });
    return new AuthenticationError(REASON_BY_CLAIM[claim] ?? `invalid claim: ${claim}`, { cause: error });
  }
  const mapped = REASON_BY_CODE[code];
  return mapped === undefined ? undefined : new AuthenticationError(mapped, { cause: error });
}
