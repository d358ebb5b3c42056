import { SignJWT, generateKeyPair } from 'jose';
import { ensureDevKeys } from '@lib/auth/devKeys';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

let supergraph: RunningSupergraph;
let dataDir: string;

beforeAll(async () => {
  dataDir = (await seededDataDir()).dataDir;
  supergraph = await startSupergraph(dataDir);
});

afterAll(() => supergraph.stop());

const QUERY = 'query ($p: ID) { offender(pncId: $p) { magistratesCases { urn } } }';

async function post(authorization: string) {
  const response = await fetch(supergraph.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization, 'x-access-purpose': 'CASE_PREPARATION' },
    body: JSON.stringify({ query: QUERY, variables: { p: '12/394773H' } }),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

const CLAIMS = { agency: 'court-staff', scope: 'courts:read' };

async function devSigned(build: (jwt: SignJWT) => SignJWT): Promise<string> {
  const { tokenIssuer } = await ensureDevKeys(dataDir);
  const jwt = new SignJWT(CLAIMS)
    .setProtectedHeader({ alg: 'ES256', kid: tokenIssuer.kid })
    .setSubject('mallory')
    .setIssuer('justice-gateway-dev')
    .setAudience('justice-gateway')
    .setIssuedAt()
    .setExpirationTime('10m');
  return build(jwt).sign(tokenIssuer.privateKey);
}

describe('access tokens at the gateway', () => {
  it('accepts a valid development token, and the answer may not be kept by any cache', async () => {
    const { status, body, cacheControl } = await post(`Bearer ${await supergraph.tokenFor('court-staff')}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(cacheControl).toBe('no-store');
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'alg: none',
      () =>
        Promise.resolve(
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...CLAIMS, sub: 'x', iss: 'justice-gateway-dev', aud: 'justice-gateway', exp: 4102444800 })}.`,
        ),
      /algorithm not allowed|malformed/,
    ],
    [
      'an expired token',
      () => devSigned((jwt) => jwt.setIssuedAt(1_700_000_000).setExpirationTime(1_700_000_600)),
      /expired/,
    ],
    ['a token not yet valid', () => devSigned((jwt) => jwt.setNotBefore('1h')), /not yet valid/],
    ['a wrong issuer', () => devSigned((jwt) => jwt.setIssuer('someone-else')), /wrong issuer/],
    ['a wrong audience', () => devSigned((jwt) => jwt.setAudience('another-api')), /wrong audience/],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await supergraph.tokenFor('court-staff')).split('.');
        const forged = base64url({
          ...CLAIMS,
          scope: 'courts:read custody:read audit:read',
          sub: 'x',
          iss: 'justice-gateway-dev',
          aud: 'justice-gateway',
          exp: 4102444800,
        });
        return `${header}.${forged}.${signature}`;
      },
      /signature invalid/,
    ],
    [
      'a token signed by an unknown key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return new SignJWT(CLAIMS)
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('x')
          .setIssuer('justice-gateway-dev')
          .setAudience('justice-gateway')
          .setExpirationTime('10m')
          .sign(privateKey);
      },
      /signature invalid|unknown signing key/,
    ],
    ['garbage', () => Promise.resolve('not-a-jwt'), /malformed/],
  ])('refuses %s with 401 and the reason', async (_case, makeToken, reason) => {
    const { status, body } = await post(`Bearer ${await makeToken()}`);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(reason);
  });

  it('refuses a header that is not a bearer token', async () => {
    const { status } = await post('Basic dXNlcjpwYXNz');
    expect(status).toBe(401);
  });
});
