import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthConfig } from '@lib/auth/authConfig';
import { AuthenticationError } from '@lib/auth/authenticationError';

/** A key pair with the kid its tokens name. */
export interface TestKey {
  alg: 'ES256' | 'RS256';
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/** Generates a key pair for alg whose public JWK carries kid. */
export async function testKey(alg: 'ES256' | 'RS256', kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { alg, kid, privateKey, publicKey, publicJwk };
}

/** The fixed clock the tests start at: 2026-11-01T12:00:00Z, in ms. */
export const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);

/** A clock the tests move by hand. */
export function manualClock(startMs = T0): { now: () => number; set: (ms: number) => void } {
  let current = startMs;
  return { now: () => current, set: (ms) => (current = ms) };
}

/** Claims and header choices for a test token; unset times are relative to `at`. */
export interface TokenSpec {
  claims?: JWTPayload;
  /** Omit these claims (e.g. `agency`) from the defaults. */
  omit?: string[];
  issuer?: string;
  audience?: string;
  /** Seconds since the epoch. */
  exp?: number;
  nbf?: number;
  kid?: string | null;
  /** Signing time in ms (default T0). */
  at?: number;
}

/** Signs a token as an identity provider would: analyst claims by default, valid for an hour from `at`. */
export async function signToken(key: TestKey, spec: TokenSpec = {}): Promise<string> {
  const atSeconds = Math.floor((spec.at ?? T0) / 1000);
  const claims: JWTPayload = {
    sub: 'alice',
    agency: 'analyst',
    scope: 'aggregates:read schema:introspect',
    iss: spec.issuer ?? 'justice-gateway-dev',
    aud: spec.audience ?? 'justice-gateway',
    iat: atSeconds,
    exp: spec.exp ?? atSeconds + 3600,
    ...(spec.nbf === undefined ? {} : { nbf: spec.nbf }),
    ...spec.claims,
  };
  for (const name of spec.omit ?? []) delete claims[name];
  const kid = spec.kid === undefined ? key.kid : spec.kid;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, typ: 'JWT', ...(kid === null ? {} : { kid }) })
    .sign(key.privateKey);
}

/** Counts how often verification reaches for a key, to tell a cache hit from a fresh verification. */
export function countingKeys(keys: JWTVerifyGetKey): { keys: JWTVerifyGetKey; calls: () => number } {
  let calls = 0;
  return {
    keys: (header, token) => {
      calls += 1;
      return keys(header, token);
    },
    calls: () => calls,
  };
}

/** An AuthConfig trusting the given public keys, with the defaults readAuthConfig would give. */
export function configTrusting(keys: TestKey[], overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    keys: createLocalJWKSet({ keys: keys.map((key) => key.publicJwk) }),
    keySource: 'test',
    issuer: 'justice-gateway-dev',
    audience: 'justice-gateway',
    algorithms: ['ES256', 'RS256'],
    clockToleranceSeconds: 5,
    ...overrides,
  };
}

const temporaryDataDirs: string[] = [];

// Jest loads this module afresh for each test file, so every file removes the folders it made.
afterAll(() => {
  for (const dir of temporaryDataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary data folder, removed when the test file finishes. */
export function temporaryDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'justice-gateway-auth-'));
  temporaryDataDirs.push(dir);
  return dir;
}

/** The AuthenticationError a verification was refused with; fails the test if it resolved or threw another error. */
export async function refusalOf(verification: Promise<unknown>): Promise<AuthenticationError> {
  try {
    await verification;
  } catch (error) {
    if (error instanceof AuthenticationError) return error;
    throw error;
  }
  throw new Error('expected the credential to be refused');
}
