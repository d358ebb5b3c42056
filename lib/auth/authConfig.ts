import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { ConfigurationError, readInteger, readString, readUrl } from '@lib/config/environment';
import { DEV_KEY_FILES, devKeysDirectory, ensureDevKeys } from './devKeys';

/** How the gateway verifies the access tokens partner agencies present, read once at start-up. */
export interface AuthConfig {
  /** Resolves a token's verification key from its header (`kid`, `alg`). */
  keys: JWTVerifyGetKey;
  /** Where the keys come from, for the start-up log: a JWKS URL or a key file. */
  keySource: string;
  /** The only accepted `iss` (AUTH_ISSUER, default justice-gateway-dev). */
  issuer: string;
  /** The `aud` a token must carry (AUTH_AUDIENCE, default justice-gateway). */
  audience: string;
  /** The only accepted `alg` values (AUTH_ALGORITHMS, default ES256,RS256); never `none` or HS*. */
  algorithms: readonly string[];
  /** Clock skew allowed for exp and nbf, in seconds (AUTH_CLOCK_TOLERANCE_S, default 5). */
  clockToleranceSeconds: number;
}

/** The issuer of development tokens, which the gateway accepts unless AUTH_ISSUER says otherwise. */
export const DEFAULT_AUTH_ISSUER = 'justice-gateway-dev';

/** The audience access tokens must name unless AUTH_AUDIENCE says otherwise. */
export const DEFAULT_AUTH_AUDIENCE = 'justice-gateway';

/** The asymmetric JWS algorithms AUTH_ALGORITHMS may list: the verifier holds public keys only. */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

type Environment = Record<string, string | undefined>;

function readAlgorithms(env: Environment): readonly string[] {
  const raw = readString(env, 'AUTH_ALGORITHMS', 'ES256,RS256');
  const algorithms = [...new Set(raw.split(',').map((name) => name.trim()))].filter((name) => name !== '');
  if (algorithms.length === 0)
    throw new ConfigurationError('AUTH_ALGORITHMS must list at least one algorithm');
  for (const name of algorithms) {
    if (name.toLowerCase() === 'none') {
      throw new ConfigurationError(
        'AUTH_ALGORITHMS must not include "none": an unsigned token proves nothing',
      );
    }
    if (/^HS/i.test(name)) {
      // With HMAC, whoever can verify can also sign; and a verifier that accepts HS* with a public key as the
      // secret lets anyone who has read the public key mint tokens (algorithm confusion).
      throw new ConfigurationError(
        `AUTH_ALGORITHMS must not include ${name}: shared-secret algorithms are refused, use a public-key one`,
      );
    }
    if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `AUTH_ALGORITHMS has unknown algorithm "${name}"; choose from ${ASYMMETRIC_ALGORITHMS.join(', ')}`,
      );
    }
  }
  return algorithms;
}

// Members that only private (or symmetric) JWKs have: the gateway must never be handed a signing key.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'priv'];

function readKeyFile(path: string): JWTVerifyGetKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`AUTH_PUBLIC_KEY_FILE must be a JWK or JWKS JSON file: ${String(error)}`);
  }
  const jwks = (
    typeof parsed === 'object' && parsed !== null && 'keys' in parsed ? parsed : { keys: [parsed] }
  ) as JSONWebKeySet;
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new ConfigurationError(`AUTH_PUBLIC_KEY_FILE (${path}) holds no keys`);
  }
  for (const jwk of jwks.keys as unknown[]) {
    if (typeof jwk !== 'object' || jwk === null || typeof (jwk as JWK).kty !== 'string') {
      throw new ConfigurationError(`AUTH_PUBLIC_KEY_FILE (${path}) has an entry that is not a JWK`);
    }
    if ((jwk as JWK).kty === 'oct' || PRIVATE_MEMBERS.some((member) => member in jwk)) {
      throw new ConfigurationError(
        `AUTH_PUBLIC_KEY_FILE (${path}) holds a private or secret key; give the public key only`,
      );
    }
  }
  try {
    return createLocalJWKSet(jwks);
  } catch (error) {
    throw new ConfigurationError(`AUTH_PUBLIC_KEY_FILE (${path}) is not a valid JWKS: ${String(error)}`);
  }
}

/** The access-token settings as the environment gives them, checked; the keys are loaded at start-up. */
export interface AuthSettings {
  /** The identity provider's JWKS (AUTH_JWKS_URL), or null. */
  jwksUrl: string | null;
  /** A JWK or JWKS file of public keys (AUTH_PUBLIC_KEY_FILE), or null. */
  publicKeyFile: string | null;
  /** Where the development token issuer's key lives when neither is set (DATA_DIR/keys). */
  dataDir: string;
  issuer: string;
  audience: string;
  algorithms: readonly string[];
  clockToleranceSeconds: number;
}

/**
 * Reads and checks the access-token settings: AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, AUTH_ISSUER, AUTH_AUDIENCE,
 * AUTH_ALGORITHMS, AUTH_CLOCK_TOLERANCE_S, DATA_DIR. Fails with a ConfigurationError naming the variable when one
 * is malformed or unsafe; reads no file.
 */
export function readAuthSettings(env: Environment): AuthSettings {
  const jwksUrl = env.AUTH_JWKS_URL || null;
  const keyFile = env.AUTH_PUBLIC_KEY_FILE || null;
  if (jwksUrl && keyFile) {
    throw new ConfigurationError(
      'Set AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, not both: which keys to trust is ambiguous',
    );
  }
  return {
    jwksUrl: jwksUrl ? readUrl(env, 'AUTH_JWKS_URL', '') : null,
    publicKeyFile: keyFile ? resolve(keyFile) : null,
    dataDir: resolve(readString(env, 'DATA_DIR', 'data')),
    issuer: readString(env, 'AUTH_ISSUER', DEFAULT_AUTH_ISSUER),
    audience: readString(env, 'AUTH_AUDIENCE', DEFAULT_AUTH_AUDIENCE),
    algorithms: readAlgorithms(env),
    clockToleranceSeconds: readInteger(env, 'AUTH_CLOCK_TOLERANCE_S', 5, 0, 300),
  };
}

async function readKeys(settings: AuthSettings): Promise<{ keys: JWTVerifyGetKey; keySource: string }> {
  if (settings.jwksUrl) {
    // jose fetches lazily, caches the set, and refetches when a token names an unknown kid (key rotation).
    return { keys: createRemoteJWKSet(new URL(settings.jwksUrl)), keySource: settings.jwksUrl };
  }
  if (settings.publicKeyFile) {
    return { keys: readKeyFile(settings.publicKeyFile), keySource: settings.publicKeyFile };
  }
  const dataDir = settings.dataDir;
  const devKeys = await ensureDevKeys(dataDir);
  return {
    keys: createLocalJWKSet({ keys: [devKeys.tokenIssuer.publicJwk] }),
    keySource: resolve(devKeysDirectory(dataDir), DEV_KEY_FILES.tokenIssuer.public),
  };
}

/**
 * Reads the access-token settings: AUTH_JWKS_URL (the identity provider's JWKS) or AUTH_PUBLIC_KEY_FILE (a JWK
 * or JWKS file), else the development token issuer's public key under DATA_DIR, created if need be; and
 * AUTH_ISSUER, AUTH_AUDIENCE, AUTH_ALGORITHMS, AUTH_CLOCK_TOLERANCE_S. Fails with a ConfigurationError naming
 * the variable when one is malformed or unsafe.
 */
export async function readAuthConfig(env: Environment): Promise<AuthConfig> {
  return loadAuthConfig(readAuthSettings(env));
}

/** Loads the keys the settings name (the development key is created if need be). */
export async function loadAuthConfig(settings: AuthSettings): Promise<AuthConfig> {
  return {
    ...(await readKeys(settings)),
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms: settings.algorithms,
    clockToleranceSeconds: settings.clockToleranceSeconds,
  };
}
