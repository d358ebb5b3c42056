import { jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { AuthenticationError } from './authenticationError';
import { ExpiringCache } from './expiringCache';
import { authenticationErrorFromJose } from './joseFailureReason';

/** How to verify one kind of JWT and what to read from it. */
export interface CachedJwtVerifierOptions<T> {
  /** Resolves the key for a token from its header (a local or remote JWKS, or one fixed key). */
  keys: JWTVerifyGetKey;
  /** jose's checks: `algorithms` (always give an allow-list), `issuer`, `audience`, `clockTolerance`, `typ`. */
  checks: Omit<JWTVerifyOptions, 'currentDate' | 'requiredClaims'>;
  /** Reads the result from the verified claims, throwing AuthenticationError when they are unacceptable. */
  read: (payload: JWTPayload) => T;
  /** The clock, in ms since the epoch; tests move it. */
  now?: () => number;
  /** Most tokens remembered at once (default 10,000). */
  maxCacheEntries?: number;
  /** Longest a verification is remembered (default 5 minutes), so a key withdrawn from a JWKS soon stops working. */
  maxCacheMs?: number;
}

// Longer than any real JWT; a bigger string is refused before it is parsed or used as a cache key.
const MAX_TOKEN_LENGTH = 8192;
// Cached verifications lapse this long before the token's exp, so a cached result is never served after it.
const EXPIRY_MARGIN_MS = 1000;

/**
 * Builds a verifier of compact JWTs that remembers each successful verification until shortly before the
 * token expires: verification is per request on the hot path, and a partner sends the same token many times.
 * Failures are never remembered (a refused token costs a full verification every time, and a fixed clock or
 * key can make it acceptable later). Throws AuthenticationError for a refused token; other errors, such as an
 * unreachable JWKS endpoint, propagate unchanged because they are not the caller's fault.
 */
export function createCachedJwtVerifier<T>(
  options: CachedJwtVerifierOptions<T>,
): (token: string) => Promise<T> {
  const now = options.now ?? Date.now;
  const maxCacheMs = options.maxCacheMs ?? 5 * 60_000;
  const cache = new ExpiringCache<T>(options.maxCacheEntries ?? 10_000);

  return async (token) => {
    if (token.length > MAX_TOKEN_LENGTH) throw new AuthenticationError('malformed token');
    const cached = cache.get(token, now());
    if (cached !== undefined) return cached;

    const verifiedAt = now();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        ...options.checks,
        // Without exp a token would be good forever, and the cache would have no bound to respect.
        requiredClaims: ['exp'],
        currentDate: new Date(verifiedAt),
      }));
    } catch (error) {
      throw authenticationErrorFromJose(error) ?? error;
    }
    const result = options.read(payload);
    const expiresAtMs = Math.min((payload.exp ?? 0) * 1000 - EXPIRY_MARGIN_MS, verifiedAt + maxCacheMs);
    cache.set(token, result, expiresAtMs, verifiedAt);
    return result;
  };
}
