import {
  createLocalJWKSet,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { AuthenticationError } from './authenticationError';
import { createCachedJwtVerifier } from './cachedJwtVerifier';
import type { Caller } from './caller';
import { callerFromClaims, claimsForCaller } from './callerClaims';
import { ExpiringCache } from './expiringCache';

/** The request header that carries the gateway's credential to a subgraph. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-gateway-credential';

/** The `iss` of every subgraph credential. */
export const SUBGRAPH_CREDENTIAL_ISSUER = 'justice-gateway';

/** The `aud` of every subgraph credential. */
export const SUBGRAPH_CREDENTIAL_AUDIENCE = 'justice-subgraphs';

/** How long a credential is good for, in seconds: long enough for one request's fetches, no longer. */
export const SUBGRAPH_CREDENTIAL_LIFETIME_S = 60;

// An explicit type (RFC 8725 §3.11) so that no other JWT, such as a partner's access token, passes for one.
const CREDENTIAL_TYPE = 'gateway-credential+jwt';
const ALGORITHM = 'ES256';
// Reused for at most half its lifetime, so a credential handed out always has 30 s left for the fetch.
const REUSE_MS = 30_000;
const CLOCK_TOLERANCE_S = 5;

/** The gateway's signing key (a DevKeyPair from ensureDevKeys is one). */
export interface SubgraphCredentialKey {
  /** Put in the header, so that subgraphs trusting a JWKS find the key during a rotation. */
  kid: string;
  /** An ES256 (P-256) private key. */
  privateKey: CryptoKey;
}

/** How a credential is signed. */
export interface SubgraphCredentialOptions {
  /** The clock, in ms since the epoch. */
  now?: () => number;
}

// One cache per signing key, dropped with the key.
const signedByKey = new WeakMap<CryptoKey, ExpiringCache<Promise<string>>>();

// Everything the credential says: callers who differ in any of it get credentials of their own.
function reuseKey(caller: Caller | null): string {
  if (caller === null) return 'anonymous';
  const { sub, agency, scope, caseload } = claimsForCaller(caller);
  return JSON.stringify([sub, agency, scope, caseload ?? null]);
}

async function sign(caller: Caller | null, key: SubgraphCredentialKey, nowMs: number) {
  const issuedAt = Math.floor(nowMs / 1000);
  const claims = caller === null ? { anonymous: true } : claimsForCaller(caller);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: CREDENTIAL_TYPE })
    .setIssuer(SUBGRAPH_CREDENTIAL_ISSUER)
    .setAudience(SUBGRAPH_CREDENTIAL_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SUBGRAPH_CREDENTIAL_LIFETIME_S)
    .sign(key.privateKey);
}

/**
 * Signs the credential the gateway sends a subgraph with each fetch, in GATEWAY_CREDENTIAL_HEADER: a compact
 * ES256 JWT for 60 seconds, carrying the caller's sub, agency, scope and caseload, or `anonymous: true` when
 * there is no caller. A caller's fetches share one credential, signed once and reused for up to 30 s, across
 * requests: signing (and, at each subgraph, verifying) an ES256 JWT costs more CPU than much of a request, and
 * the subgraphs' verifiers remember a credential they have checked, so a reused one is checked once.
 */
export function signSubgraphCredential(
  caller: Caller | null,
  key: SubgraphCredentialKey,
  options: SubgraphCredentialOptions = {},
): Promise<string> {
  const nowMs = (options.now ?? Date.now)();
  let cache = signedByKey.get(key.privateKey);
  if (cache === undefined) {
    cache = new ExpiringCache<Promise<string>>(10_000);
    signedByKey.set(key.privateKey, cache);
  }
  const cacheKey = reuseKey(caller);
  const cached = cache.get(cacheKey, nowMs);
  if (cached !== undefined) return cached;
  // The promise is what is remembered, so fetches started together wait for one signature, not one each.
  const signing = sign(caller, key, nowMs);
  cache.set(cacheKey, signing, nowMs + REUSE_MS, nowMs);
  signing.catch(() => cache.delete(cacheKey));
  return signing;
}

/** Knobs for tests and tuning; production uses the defaults. */
export interface SubgraphCredentialVerifierOptions {
  /** The clock, in ms since the epoch. */
  now?: () => number;
}

/** Verifies the gateway credential header of a request to a subgraph. */
export type SubgraphCredentialVerifier = (header: string | undefined) => Promise<Caller | 'anonymous'>;

function keyResolver(publicKeyOrJwks: CryptoKey | JWK | JSONWebKeySet): JWTVerifyGetKey {
  if ('keys' in publicKeyOrJwks) return createLocalJWKSet(publicKeyOrJwks);
  if ('kty' in publicKeyOrJwks) return createLocalJWKSet({ keys: [publicKeyOrJwks] });
  return () => publicKeyOrJwks;
}

function readCredential(payload: JWTPayload): Caller | 'anonymous' {
  if (payload.anonymous === undefined) return callerFromClaims(payload);
  if (payload.anonymous === true && payload.sub === undefined) return 'anonymous';
  throw new AuthenticationError('invalid claim: anonymous');
}

/**
 * Builds a subgraph's verifier of the gateway's credential, trusting only the gateway's public key (a
 * CryptoKey, a public JWK, or a JWKS to allow key rotation). Resolves to the caller the gateway vouched for,
 * or 'anonymous'; throws AuthenticationError when the header is missing or the credential is refused, so
 * that a call made straight to a subgraph, bypassing the gateway, gets nothing.
 */
export function createSubgraphCredentialVerifier(
  publicKeyOrJwks: CryptoKey | JWK | JSONWebKeySet,
  options: SubgraphCredentialVerifierOptions = {},
): SubgraphCredentialVerifier {
  const verify = createCachedJwtVerifier({
    keys: keyResolver(publicKeyOrJwks),
    checks: {
      algorithms: [ALGORITHM],
      issuer: SUBGRAPH_CREDENTIAL_ISSUER,
      audience: SUBGRAPH_CREDENTIAL_AUDIENCE,
      clockTolerance: CLOCK_TOLERANCE_S,
      typ: CREDENTIAL_TYPE,
    },
    read: readCredential,
    now: options.now,
  });
  return async (header) => {
    if (header === undefined || header === '') {
      throw new AuthenticationError(`missing ${GATEWAY_CREDENTIAL_HEADER} header: call through the gateway`);
    }
    return verify(header.trim());
  };
}
