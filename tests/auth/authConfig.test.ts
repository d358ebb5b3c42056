import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK } from 'jose';
import { readAuthConfig } from '@lib/auth/authConfig';
import { AuthenticationError } from '@lib/auth/authenticationError';
import { ensureDevKeys } from '@lib/auth/devKeys';
import { createAccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { ConfigurationError } from '@lib/config/environment';
import { signToken, temporaryDataDir, testKey, type TestKey } from './support/testKeys';

async function configurationErrorOf(env: Record<string, string>): Promise<ConfigurationError> {
  try {
    await readAuthConfig({ DATA_DIR: temporaryDataDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

let issuer: TestKey;
beforeAll(async () => {
  issuer = await testKey('ES256', 'idp-1');
});

describe('readAuthConfig', () => {
  it('defaults to the development issuer key, creating it under DATA_DIR', async () => {
    const dataDir = temporaryDataDir();
    const config = await readAuthConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      issuer: 'justice-gateway-dev',
      audience: 'justice-gateway',
      algorithms: ['ES256', 'RS256'],
      clockToleranceSeconds: 5,
      keySource: join(dataDir, 'keys', 'token-issuer.public.jwk.json'),
    });
    const { tokenIssuer } = await ensureDevKeys(dataDir);
    const devToken = await signToken({ ...tokenIssuer, alg: 'ES256' });
    await expect(createAccessTokenVerifier(config)(`Bearer ${devToken}`)).rejects.toThrow('token expired');
    const current = await signToken({ ...tokenIssuer, alg: 'ES256' }, { at: Date.now() });
    await expect(createAccessTokenVerifier(config)(`Bearer ${current}`)).resolves.toMatchObject({
      agency: 'analyst',
    });
  });

  it('reads issuer, audience, algorithms and clock tolerance', async () => {
    const config = await readAuthConfig({
      DATA_DIR: temporaryDataDir(),
      AUTH_ISSUER: 'https://idp.justice.example',
      AUTH_AUDIENCE: 'partner-gateway',
      AUTH_ALGORITHMS: ' PS256 , ES384,PS256',
      AUTH_CLOCK_TOLERANCE_S: '0',
    });
    expect(config).toMatchObject({
      issuer: 'https://idp.justice.example',
      audience: 'partner-gateway',
      algorithms: ['PS256', 'ES384'],
      clockToleranceSeconds: 0,
    });
  });

  it.each(['none', 'NONE', 'ES256,none', 'HS256', 'RS256,HS512', 'hs384'])(
    'refuses AUTH_ALGORITHMS=%s, naming the variable',
    async (algorithms) => {
      const error = await configurationErrorOf({ AUTH_ALGORITHMS: algorithms });
      expect(error.message).toMatch(/^AUTH_ALGORITHMS must not include/);
    },
  );

  it.each([
    ['AUTH_ALGORITHMS', 'FOO256', /unknown algorithm "FOO256"/],
    ['AUTH_ALGORITHMS', ',', /at least one/],
    ['AUTH_CLOCK_TOLERANCE_S', 'soon', /whole number/],
    ['AUTH_CLOCK_TOLERANCE_S', '3600', /whole number/],
    ['AUTH_JWKS_URL', 'ftp://idp.example/jwks', /http\(s\) URL/],
    ['AUTH_PUBLIC_KEY_FILE', '/nonexistent/key.json', /JWK or JWKS JSON file/],
  ])('refuses a malformed %s=%s', async (variable, value, message) => {
    const error = await configurationErrorOf({ [variable]: value });
    expect(error.message).toContain(variable);
    expect(error.message).toMatch(message);
  });

  it('refuses both AUTH_JWKS_URL and AUTH_PUBLIC_KEY_FILE at once', async () => {
    const error = await configurationErrorOf({
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_PUBLIC_KEY_FILE: 'key.json',
    });
    expect(error.message).toMatch(/AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, not both/);
  });

  it.each([
    ['a JWK', (key: TestKey) => key.publicJwk],
    ['a JWKS', (key: TestKey) => ({ keys: [key.publicJwk] })],
  ])('trusts the keys of AUTH_PUBLIC_KEY_FILE holding %s', async (_form, content) => {
    const file = join(temporaryDataDir(), 'idp.json');
    writeFileSync(file, JSON.stringify(content(issuer)));
    const config = await readAuthConfig({ AUTH_PUBLIC_KEY_FILE: file });
    expect(config.keySource).toBe(file);
    const token = await signToken(issuer, { at: Date.now() });
    await expect(createAccessTokenVerifier(config)(`Bearer ${token}`)).resolves.toMatchObject({
      subject: 'alice',
    });
  });

  it('refuses an AUTH_PUBLIC_KEY_FILE holding a private or secret key', async () => {
    const dataDir = temporaryDataDir();
    const privateFile = join(dataDir, 'private.json');
    writeFileSync(privateFile, JSON.stringify(await exportJWK(issuer.privateKey)));
    expect((await configurationErrorOf({ AUTH_PUBLIC_KEY_FILE: privateFile })).message).toMatch(
      /public key only/,
    );
    const secretFile = join(dataDir, 'secret.json');
    writeFileSync(secretFile, JSON.stringify({ keys: [{ kty: 'oct', k: 'c2VjcmV0' }] }));
    expect((await configurationErrorOf({ AUTH_PUBLIC_KEY_FILE: secretFile })).message).toMatch(
      /public key only/,
    );
  });

  describe('AUTH_JWKS_URL', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      server = createServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: [issuer.publicJwk] }));
      });
      await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    });

    afterAll(async () => {
      await new Promise((resolveClose) => server.close(resolveClose));
    });

    it("verifies tokens against the identity provider's published keys", async () => {
      const config = await readAuthConfig({ AUTH_JWKS_URL: url });
      expect(config.keySource).toBe(url);
      const token = await signToken(issuer, { at: Date.now() });
      await expect(createAccessTokenVerifier(config)(`Bearer ${token}`)).resolves.toMatchObject({
        agency: 'analyst',
      });
    });

    it('reports an unreachable JWKS as an error of its own, not as a bad token', async () => {
      const closed = createServer();
      await new Promise<void>((resolveListen) => closed.listen(0, '127.0.0.1', resolveListen));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolveClose) => closed.close(resolveClose));
      const config = await readAuthConfig({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` });
      const token = await signToken(issuer, { at: Date.now() });
      const outcome = await createAccessTokenVerifier(config)(`Bearer ${token}`).catch(
        (error: unknown) => error,
      );
      // fetch's own failure, for the gateway to answer 503 rather than 401 (compared by message: under Jest
      // it may come from another realm, where instanceof Error does not hold).
      expect(outcome).toHaveProperty('message', 'fetch failed');
      expect(outcome).not.toBeInstanceOf(AuthenticationError);
    });
  });
});
