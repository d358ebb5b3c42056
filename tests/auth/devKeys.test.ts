import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import { ensureDevKeys } from '@lib/auth/devKeys';
import { temporaryDataDir } from './support/testKeys';

describe('ensureDevKeys', () => {
  it('creates both key pairs as JWK files only the owner can read', async () => {
    const dataDir = temporaryDataDir();
    const keys = await ensureDevKeys(dataDir);
    const folder = join(dataDir, 'keys');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(readdirSync(folder).sort()).toEqual([
      'subgraph-credential.private.jwk.json',
      'subgraph-credential.public.jwk.json',
      'token-issuer.private.jwk.json',
      'token-issuer.public.jwk.json',
    ]);
    for (const file of readdirSync(folder)) expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    expect(keys.tokenIssuer.kid).toMatch(/^dev-token-issuer-/);
    expect(keys.subgraphCredential.kid).toMatch(/^subgraph-credential-/);
    expect(keys.tokenIssuer.kid).not.toBe(keys.subgraphCredential.kid);
  });

  it('writes public files without the private part', async () => {
    const dataDir = temporaryDataDir();
    const keys = await ensureDevKeys(dataDir);
    const publicJwk = JSON.parse(
      readFileSync(join(dataDir, 'keys', 'token-issuer.public.jwk.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(publicJwk).toEqual(keys.tokenIssuer.publicJwk);
    expect(publicJwk).not.toHaveProperty('d');
    expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
  });

  it('reads the same keys back on later starts', async () => {
    const dataDir = temporaryDataDir();
    const first = await ensureDevKeys(dataDir);
    const later = await ensureDevKeys(dataDir);
    expect(later.tokenIssuer.publicJwk).toEqual(first.tokenIssuer.publicJwk);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .sign(later.tokenIssuer.privateKey);
    await expect(jwtVerify(token, first.tokenIssuer.publicKey)).resolves.toBeDefined();
  });

  it('gives processes starting together one and the same key', async () => {
    const dataDir = temporaryDataDir();
    const racing = await Promise.all([1, 2, 3, 4].map(() => ensureDevKeys(dataDir)));
    expect(new Set(racing.map((keys) => keys.tokenIssuer.kid)).size).toBe(1);
    expect(new Set(racing.map((keys) => keys.subgraphCredential.kid)).size).toBe(1);
    expect(readdirSync(join(dataDir, 'keys'))).toHaveLength(4);
  });
});
