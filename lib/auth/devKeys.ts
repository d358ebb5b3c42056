import { randomUUID } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';

/** A signing key pair kept on disk as JWK files, identified by its `kid`. */
export interface DevKeyPair {
  /** Names the key in the JWT header, so a verifier holding several keys picks the right one. */
  kid: string;
  /** Signs; not extractable once read back. */
  privateKey: CryptoKey;
  /** Verifies. */
  publicKey: CryptoKey;
  /** The public key as a JWK with its `kid`, `alg` and `use`, for a JWKS. */
  publicJwk: JWK;
}

/** The two key pairs a development deployment needs. */
export interface DevKeys {
  /** Signs local development access tokens (`npm run token`); the gateway trusts it by default. */
  tokenIssuer: DevKeyPair;
  /** Signs the gateway's credentials to the subgraphs, which trust only it. */
  subgraphCredential: DevKeyPair;
}

/** The algorithm of every development key. */
export const DEV_KEY_ALGORITHM = 'ES256';

/** The file names (under `<dataDir>/keys/`) of each pair's keys. */
export const DEV_KEY_FILES = {
  tokenIssuer: { private: 'token-issuer.private.jwk.json', public: 'token-issuer.public.jwk.json' },
  subgraphCredential: {
    private: 'subgraph-credential.private.jwk.json',
    public: 'subgraph-credential.public.jwk.json',
  },
} as const;

/** Where the development keys live: under the git-ignored data folder, so they are never committed. */
export function devKeysDirectory(dataDir: string): string {
  return join(dataDir, 'keys');
}

function publicPart(privateJwk: JWK): JWK {
  const { kty, crv, x, y, kid, alg, use } = privateJwk;
  return { kty, crv, x, y, kid, alg, use };
}

function readPrivateJwk(path: string): JWK & { kid: string } {
  let jwk: JWK;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
  } catch (error) {
    throw new Error(`${path} is not JSON (${String(error)}); delete it to have a new key generated`);
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string') {
    throw new Error(`${path} is not an ES256 private JWK with a kid; delete it to have a new key generated`);
  }
  return { ...jwk, kid: jwk.kid };
}

async function generatePrivateJwk(purpose: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(DEV_KEY_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  // The RFC 7638 thumbprint identifies the key by its public part; the prefix says what it is for in logs.
  const thumbprint = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid: `${purpose}-${thumbprint.slice(0, 16)}`, alg: DEV_KEY_ALGORITHM, use: 'sig' };
}

/** Writes content to path unless path exists, atomically: a reader never sees a half-written key. */
function createExclusively(path: string, content: string): boolean {
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function replaceAtomically(path: string, content: string): void {
  const temporary = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}

async function ensurePair(
  directory: string,
  files: { private: string; public: string },
  purpose: string,
): Promise<DevKeyPair> {
  const privatePath = join(directory, files.private);
  const publicPath = join(directory, files.public);
  let created = false;
  if (!existsSync(privatePath)) {
    // The gateway and the subgraphs start together and may race here: the first key linked into place wins,
    // and the losers read it back, so every process ends up with the same key.
    created = createExclusively(privatePath, `${JSON.stringify(await generatePrivateJwk(purpose))}\n`);
  }
  const privateJwk = readPrivateJwk(privatePath);
  const publicJwk = publicPart(privateJwk);
  // A new private key makes any public file left from an earlier one stale.
  if (created || !existsSync(publicPath)) replaceAtomically(publicPath, `${JSON.stringify(publicJwk)}\n`);
  return {
    kid: privateJwk.kid,
    privateKey: (await importJWK(privateJwk, DEV_KEY_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, DEV_KEY_ALGORITHM)) as CryptoKey,
    publicJwk,
  };
}

/**
 * A development secret (a symmetric key, as text) in the file `file` under `<dataDir>/keys/`: made by `generate`
 * on first use (a file of mode 0600, in a folder of mode 0700), read back on every later one, as the key pairs
 * are. Processes that start together and race here all end up with the first one written.
 */
export function ensureDevSecret(dataDir: string, file: string, generate: () => string): string {
  const directory = devKeysDirectory(dataDir);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const path = join(directory, file);
  if (!existsSync(path)) createExclusively(path, `${generate()}\n`);
  return readFileSync(path, 'utf8').trim();
}

/** The development secret `file` under `<dataDir>/keys/` if there is one, without making it: null otherwise. */
export function readDevSecret(dataDir: string, file: string): string | null {
  const path = join(devKeysDirectory(dataDir), file);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
}

/**
 * The development key pairs under `<dataDir>/keys/`: generated on first start (files of mode 0600, in a folder
 * of mode 0700), read back on every later one. Their public halves are written alongside, as JWK files a
 * verifier can be pointed at (AUTH_PUBLIC_KEY_FILE).
 */
export async function ensureDevKeys(dataDir: string): Promise<DevKeys> {
  const directory = devKeysDirectory(dataDir);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  return {
    tokenIssuer: await ensurePair(directory, DEV_KEY_FILES.tokenIssuer, 'dev-token-issuer'),
    subgraphCredential: await ensurePair(directory, DEV_KEY_FILES.subgraphCredential, 'subgraph-credential'),
  };
}
