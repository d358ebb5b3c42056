import { base64url, decodeJwt, exportJWK, exportSPKI, SignJWT, UnsecuredJWT } from 'jose';
import { AGENCY_PROFILES } from '@lib/auth/agencyProfiles';
import { createAccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import {
  configTrusting,
  countingKeys,
  manualClock,
  refusalOf,
  signToken,
  T0,
  testKey,
  type TestKey,
} from './support/testKeys';

const SECONDS = Math.floor(T0 / 1000);

let issuer: TestKey;
let issuerRsa: TestKey;
let attacker: TestKey;
let attackerRsa: TestKey;

beforeAll(async () => {
  issuer = await testKey('ES256', 'idp-ec-1');
  issuerRsa = await testKey('RS256', 'idp-rsa-1');
  attacker = await testKey('ES256', 'attacker');
  attackerRsa = await testKey('RS256', 'attacker-rsa');
});

function verifier(overrides: Parameters<typeof configTrusting>[1] = {}, clock = manualClock()) {
  return createAccessTokenVerifier(configTrusting([issuer, issuerRsa], overrides), { now: clock.now });
}

describe('createAccessTokenVerifier', () => {
  it('treats a request without an Authorization header as anonymous', async () => {
    await expect(verifier()(undefined)).resolves.toBeNull();
  });

  it.each(AGENCY_PROFILES.map((profile) => [profile.agency, profile] as const))(
    'reads a %s token into its Caller',
    async (agency, profile) => {
      const caseload = profile.requiresCaseload ? ['LEI', 'MDI'] : undefined;
      const token = await signToken(issuer, {
        claims: { sub: 'user-1', agency, scope: profile.scopes.join(' '), ...(caseload ? { caseload } : {}) },
      });
      await expect(verifier()(`Bearer ${token}`)).resolves.toEqual({
        subject: 'user-1',
        agency,
        scopes: new Set(profile.scopes),
        caseload: caseload ?? null,
      });
    },
  );

  it('accepts RS256 tokens from a trusted RSA key and a lower-case scheme', async () => {
    const token = await signToken(issuerRsa);
    await expect(verifier()(`bearer ${token}`)).resolves.toMatchObject({
      subject: 'alice',
      agency: 'analyst',
    });
  });

  it('drops scopes the gateway does not define and ignores duplicates', async () => {
    const token = await signToken(issuer, { claims: { scope: 'openid aggregates:read  aggregates:read' } });
    const caller = await verifier()(`Bearer ${token}`);
    expect(caller?.scopes).toEqual(new Set(['aggregates:read']));
  });

  it('reads a token without a scope claim as granting nothing', async () => {
    const token = await signToken(issuer, { omit: ['scope'] });
    expect((await verifier()(`Bearer ${token}`))?.scopes.size).toBe(0);
  });

  it('accepts a token that expired within the clock tolerance', async () => {
    const token = await signToken(issuer, { exp: SECONDS - 3 });
    await expect(verifier()(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'alice' });
  });

  describe('refuses, with a reason safe to show', () => {
    it('an unsigned token (alg: none)', async () => {
      const token = new UnsecuredJWT({ sub: 'alice', agency: 'analyst', scope: 'audit:read' })
        .setIssuer('justice-gateway-dev')
        .setAudience('justice-gateway')
        .setExpirationTime(SECONDS + 3600)
        .encode();
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('algorithm not allowed');
    });

    it.each([
      ['PEM', async (key: TestKey) => exportSPKI(key.publicKey)],
      ['JWK', async (key: TestKey) => JSON.stringify(await exportJWK(key.publicKey))],
    ])(
      'an HS256 token signed with the public key (%s) as the HMAC secret: key confusion',
      async (_form, publicKeyText) => {
        for (const key of [issuer, issuerRsa]) {
          const secret = new TextEncoder().encode(await publicKeyText(key));
          const token = await new SignJWT({ sub: 'mallory', agency: 'analyst', scope: 'audit:read' })
            .setProtectedHeader({ alg: 'HS256', kid: key.kid })
            .setIssuer('justice-gateway-dev')
            .setAudience('justice-gateway')
            .setExpirationTime(SECONDS + 3600)
            .sign(secret);
          expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('algorithm not allowed');
        }
      },
    );

    it.each([
      ['ES256 naming the trusted kid', () => signToken(attacker, { kid: issuer.kid })],
      ['ES256 with no kid', () => signToken(attacker, { kid: null })],
      ['RS256 naming the trusted kid', () => signToken(attackerRsa, { kid: issuerRsa.kid })],
    ])('a token signed by a different key: %s', async (_case, sign) => {
      expect((await refusalOf(verifier()(`Bearer ${await sign()}`))).reason).toBe('signature invalid');
    });

    it('a token naming a key the gateway does not know', async () => {
      const token = await signToken(attacker);
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('unknown signing key');
    });

    it('an expired token', async () => {
      const token = await signToken(issuer, { exp: SECONDS - 60 });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('token expired');
    });

    it('a token not yet valid', async () => {
      const token = await signToken(issuer, { nbf: SECONDS + 60 });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('token not yet valid');
    });

    it('a token without exp', async () => {
      const token = await signToken(issuer, { omit: ['exp'] });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('missing claim: exp');
    });

    it('a token from another issuer', async () => {
      const token = await signToken(issuer, { issuer: 'https://idp.example.org' });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('wrong issuer');
    });

    it('a token for another audience', async () => {
      const token = await signToken(issuer, { audience: 'justice-subgraphs' });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('wrong audience');
    });

    it('a token whose payload was changed after signing', async () => {
      const [header, , signature] = (await signToken(issuer)).split('.');
      const escalated = { ...decodeJwt(await signToken(issuer)), scope: 'audit:read courts:write' };
      const payload = base64url.encode(JSON.stringify(escalated));
      const token = `${header}.${payload}.${signature}`;
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('signature invalid');
    });

    it.each([
      ['a word', 'garbage'],
      ['three junk segments', 'a.b.c'],
      ['a header that is not JSON', 'bm90LWpzb24.e30.c2ln'],
      ['a header without alg', 'e30.e30.c2ln'],
      ['characters outside base64url', '%%%'],
      ['9,000 characters', 'a'.repeat(9000)],
    ])('a malformed token: %s', async (_case, token) => {
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('malformed token');
    });

    it.each(['Basic YWxpY2U6c2VjcmV0', 'Bearer', 'Bearer ', '', 'eyJhbGciOiJFUzI1NiJ9.e30.sig'])(
      'an Authorization header that is not a Bearer token: "%s"',
      async (header) => {
        const reason = (await refusalOf(verifier()(header))).reason;
        expect(['expected an "Authorization: Bearer <token>" header', 'malformed token']).toContain(reason);
      },
    );

    it.each(['agency', 'sub'])('a token without %s', async (claim) => {
      const token = await signToken(issuer, { omit: [claim] });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe(`missing claim: ${claim}`);
    });

    it.each([
      ['agency', { agency: 42 }],
      ['scope', { scope: ['aggregates:read'] }],
      ['caseload', { caseload: 'LEI' }],
      ['caseload', { caseload: ['LEI', 'leeds'] }],
    ])('a token whose %s claim is malformed', async (claim, claims) => {
      const token = await signToken(issuer, { claims });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe(`invalid claim: ${claim}`);
    });

    it('a prison-staff token without a caseload, which would otherwise see every prison', async () => {
      const token = await signToken(issuer, { claims: { agency: 'prison-staff', scope: 'custody:read' } });
      expect((await refusalOf(verifier()(`Bearer ${token}`))).reason).toBe('missing claim: caseload');
    });

    it('an algorithm outside the allow-list, even from a trusted key', async () => {
      const token = await signToken(issuerRsa);
      const esOnly = verifier({ algorithms: ['ES256'] });
      expect((await refusalOf(esOnly(`Bearer ${token}`))).reason).toBe('algorithm not allowed');
    });
  });

  describe('cache', () => {
    it('verifies a token once and then answers from the cache', async () => {
      const counted = countingKeys(configTrusting([issuer]).keys);
      const verify = createAccessTokenVerifier(configTrusting([issuer], { keys: counted.keys }), {
        now: manualClock().now,
      });
      const token = await signToken(issuer);
      const first = await verify(`Bearer ${token}`);
      await expect(verify(`Bearer ${token}`)).resolves.toBe(first);
      expect(counted.calls()).toBe(1);
    });

    it('never returns a cached Caller once the token has expired', async () => {
      const clock = manualClock();
      const counted = countingKeys(configTrusting([issuer]).keys);
      const verify = createAccessTokenVerifier(
        configTrusting([issuer], { keys: counted.keys, clockToleranceSeconds: 0 }),
        { now: clock.now },
      );
      const token = await signToken(issuer, { exp: SECONDS + 60 });
      await verify(`Bearer ${token}`);
      clock.set(T0 + 59_500);
      // Half a second before exp the cache has already let go: the token is verified afresh, and still good.
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'alice' });
      expect(counted.calls()).toBe(2);
      clock.set(T0 + 60_001);
      expect((await refusalOf(verify(`Bearer ${token}`))).reason).toBe('token expired');
    });

    it('never caches a refusal', async () => {
      const clock = manualClock();
      const verify = verifier({ clockToleranceSeconds: 0 }, clock);
      const token = await signToken(issuer, { nbf: SECONDS + 30 });
      expect((await refusalOf(verify(`Bearer ${token}`))).reason).toBe('token not yet valid');
      clock.set(T0 + 30_000);
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'alice' });
    });

    it('holds at most maxCacheEntries tokens, letting the least recently used go', async () => {
      const counted = countingKeys(configTrusting([issuer]).keys);
      const verify = createAccessTokenVerifier(configTrusting([issuer], { keys: counted.keys }), {
        now: manualClock().now,
        maxCacheEntries: 2,
      });
      const [a, b, c] = await Promise.all(
        ['a', 'b', 'c'].map((sub) => signToken(issuer, { claims: { sub } })),
      );
      for (const token of [a, b, a, c]) await verify(`Bearer ${token}`);
      expect(counted.calls()).toBe(3);
      await verify(`Bearer ${a}`); // recently used: still cached
      expect(counted.calls()).toBe(3);
      await verify(`Bearer ${b}`); // least recently used: evicted by c
      expect(counted.calls()).toBe(4);
    });
  });
});
