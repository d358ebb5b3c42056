import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import type { Caller } from '@lib/auth/caller';
import { ensureDevKeys, type DevKeys } from '@lib/auth/devKeys';
import {
  createSubgraphCredentialVerifier,
  GATEWAY_CREDENTIAL_HEADER,
  signSubgraphCredential,
} from '@lib/auth/subgraphCredential';
import { manualClock, refusalOf, T0, temporaryDataDir } from './support/testKeys';

const PRISON_OFFICER: Caller = {
  subject: 'officer-7',
  agency: 'prison-staff',
  scopes: new Set(['custody:read', 'visits:read']),
  caseload: ['LEI', 'MDI'],
};

let gateway: DevKeys;
let impostor: DevKeys;

beforeAll(async () => {
  gateway = await ensureDevKeys(temporaryDataDir());
  impostor = await ensureDevKeys(temporaryDataDir());
});

describe('subgraph credentials', () => {
  it('travel in the x-gateway-credential header', () => {
    expect(GATEWAY_CREDENTIAL_HEADER).toBe('x-gateway-credential');
  });

  it('carry the caller to the subgraph unchanged', async () => {
    const clock = manualClock();
    const credential = await signSubgraphCredential(PRISON_OFFICER, gateway.subgraphCredential, {
      now: clock.now,
    });
    const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey, { now: clock.now });
    await expect(verify(credential)).resolves.toEqual(PRISON_OFFICER);
  });

  it('are compact ES256 JWTs from the gateway to the subgraphs, good for 60 seconds', async () => {
    const credential = await signSubgraphCredential(PRISON_OFFICER, gateway.subgraphCredential, {
      now: () => T0,
    });
    expect(decodeProtectedHeader(credential)).toMatchObject({
      alg: 'ES256',
      kid: gateway.subgraphCredential.kid,
    });
    expect(decodeJwt(credential)).toEqual({
      iss: 'justice-gateway',
      aud: 'justice-subgraphs',
      iat: T0 / 1000,
      exp: T0 / 1000 + 60,
      sub: 'officer-7',
      agency: 'prison-staff',
      scope: 'custody:read visits:read',
      caseload: ['LEI', 'MDI'],
    });
  });

  it('say so when there is no caller', async () => {
    const credential = await signSubgraphCredential(null, gateway.subgraphCredential, {
      now: () => T0,
    });
    expect(decodeJwt(credential)).toMatchObject({ anonymous: true });
    expect(decodeJwt(credential)).not.toHaveProperty('sub');
    const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicJwk, { now: () => T0 });
    await expect(verify(credential)).resolves.toBe('anonymous');
  });

  it('are verified against a JWKS too, so the gateway key can be rotated', async () => {
    const credential = await signSubgraphCredential(PRISON_OFFICER, gateway.subgraphCredential, {
      now: () => T0,
    });
    const verify = createSubgraphCredentialVerifier(
      { keys: [impostor.subgraphCredential.publicJwk, gateway.subgraphCredential.publicJwk] },
      { now: () => T0 },
    );
    await expect(verify(credential)).resolves.toEqual(PRISON_OFFICER);
  });

  describe('are refused', () => {
    it('when missing: a call straight to the subgraph', async () => {
      const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey);
      for (const header of [undefined, '']) {
        expect((await refusalOf(verify(header))).reason).toBe(
          'missing x-gateway-credential header: call through the gateway',
        );
      }
    });

    it('once expired, even after a verification was cached', async () => {
      const clock = manualClock();
      const credential = await signSubgraphCredential(PRISON_OFFICER, gateway.subgraphCredential, {
        now: clock.now,
      });
      const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey, {
        now: clock.now,
      });
      await verify(credential);
      clock.set(T0 + 59_000);
      await expect(verify(credential)).resolves.toEqual(PRISON_OFFICER);
      clock.set(T0 + 66_000); // past exp and the 5 s of clock tolerance
      expect((await refusalOf(verify(credential))).reason).toBe('token expired');
    });

    it('when signed by any key but the gateway’s', async () => {
      const credential = await signSubgraphCredential(PRISON_OFFICER, impostor.subgraphCredential, {
        now: () => T0,
      });
      const byKey = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey, { now: () => T0 });
      expect((await refusalOf(byKey(credential))).reason).toBe('signature invalid');
      const byJwk = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicJwk, { now: () => T0 });
      expect((await refusalOf(byJwk(credential))).reason).toBe('unknown signing key');
    });

    it('when a development access token is presented instead', async () => {
      // Signed by a key the subgraph does not trust, and of the wrong type, issuer and audience besides.
      const accessToken = await new SignJWT({ sub: 'alice', agency: 'analyst', scope: 'audit:read' })
        .setProtectedHeader({ alg: 'ES256', kid: gateway.tokenIssuer.kid })
        .setIssuer('justice-gateway-dev')
        .setAudience('justice-gateway')
        .setExpirationTime(T0 / 1000 + 60)
        .sign(gateway.tokenIssuer.privateKey);
      const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicJwk, {
        now: () => T0,
      });
      expect((await refusalOf(verify(accessToken))).reason).toBe('unknown signing key');
    });

    it('when signed by the gateway key but not typed as a credential', async () => {
      const untyped = await new SignJWT({ sub: 'alice', agency: 'analyst', scope: 'audit:read' })
        .setProtectedHeader({ alg: 'ES256', kid: gateway.subgraphCredential.kid })
        .setIssuer('justice-gateway')
        .setAudience('justice-subgraphs')
        .setExpirationTime(T0 / 1000 + 60)
        .sign(gateway.subgraphCredential.privateKey);
      const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey, {
        now: () => T0,
      });
      expect((await refusalOf(verify(untyped))).reason).toBe('wrong token type');
    });

    it('when malformed', async () => {
      const verify = createSubgraphCredentialVerifier(gateway.subgraphCredential.publicKey, {
        now: () => T0,
      });
      expect((await refusalOf(verify('not-a-credential'))).reason).toBe('malformed token');
    });
  });

  describe('signing cache', () => {
    it("signs once for a request's fetches, even when they start together", async () => {
      const options = { now: () => T0 };
      const credentials = await Promise.all(
        [1, 2, 3].map(() => signSubgraphCredential(PRISON_OFFICER, gateway.subgraphCredential, options)),
      );
      expect(new Set(credentials).size).toBe(1);
    });

    it("reuses a caller's credential across requests for 30 seconds, and signs afresh for another caller", async () => {
      const sign = (caller: Caller | null, at = T0) =>
        signSubgraphCredential(caller, gateway.subgraphCredential, { now: () => at });
      const first = await sign(PRISON_OFFICER);
      expect(await sign(PRISON_OFFICER, T0 + 29_000)).toBe(first);
      expect(await sign(PRISON_OFFICER, T0 + 30_000)).not.toBe(first);
      expect(await sign({ ...PRISON_OFFICER, caseload: ['LEI'] })).not.toBe(first);
      expect(await sign({ ...PRISON_OFFICER, scopes: new Set(['custody:read']) })).not.toBe(first);
      expect(await sign({ ...PRISON_OFFICER, subject: 'officer-8' })).not.toBe(first);
      expect(await sign({ ...PRISON_OFFICER, agency: 'court-staff' })).not.toBe(first);
      expect(await sign(null)).not.toBe(first);
    });
  });
});
