import { SignJWT, generateKeyPair } from 'jose';
import { ensureDevKeys } from '@lib/auth/devKeys';
import { GATEWAY_CREDENTIAL_HEADER, signSubgraphCredential } from '@lib/auth/subgraphCredential';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

let supergraph: RunningSupergraph;
let dataDir: string;
let pncId: string;

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  pncId = seeded.manifest.samples.fullJourney[0]?.pncId ?? '';
  supergraph = await startSupergraph(dataDir);
});

afterAll(() => supergraph.stop());

const ENTITIES = /* GraphQL */ `
  #graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offender {
        magistratesCases {
          urn
          defendant {
            lastName
          }
        }
      }
    }
  }
`;

async function callCourtsDirectly(headers: Record<string, string>) {
  const response = await fetch(supergraph.courts.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: ENTITIES,
      variables: { representations: [{ __typename: 'Offender', pncId }] },
    }),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

const caller = (scopes: string[]) => ({
  subject: 'eve',
  agency: 'court-staff',
  scopes: new Set(scopes),
  caseload: null,
});

describe('calling a subgraph without going through the gateway', () => {
  it('is refused with 401 when there is no gateway credential', async () => {
    const { status, body } = await callCourtsDirectly({});
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  it("is refused when the credential is a partner's own access token", async () => {
    const token = await supergraph.tokenFor('court-staff');
    expect((await callCourtsDirectly({ [GATEWAY_CREDENTIAL_HEADER]: token })).status).toBe(401);
  });

  it('is refused when the credential is signed by a key other than the gateway’s', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await signSubgraphCredential(caller(['courts:read']), {
      kid: 'subgraph-credential',
      privateKey,
    });
    expect((await callCourtsDirectly({ [GATEWAY_CREDENTIAL_HEADER]: forged })).status).toBe(401);
  });

  it('is refused when the credential has expired', async () => {
    const { subgraphCredential } = await ensureDevKeys(dataDir);
    const expired = await new SignJWT({
      agency: 'court-staff',
      scope: 'courts:read',
      request_id: 'old-request',
    })
      .setProtectedHeader({ alg: 'ES256', kid: subgraphCredential.kid, typ: 'gateway-credential+jwt' })
      .setSubject('eve')
      .setIssuer('justice-gateway')
      .setAudience('justice-subgraphs')
      .setIssuedAt(1_700_000_000)
      .setExpirationTime(1_700_000_060)
      .sign(subgraphCredential.privateKey);
    expect((await callCourtsDirectly({ [GATEWAY_CREDENTIAL_HEADER]: expired })).status).toBe(401);
  });

  it('still enforces the SDL requirements on _entities with a genuine credential lacking the scope', async () => {
    const { subgraphCredential } = await ensureDevKeys(dataDir);
    const credential = await signSubgraphCredential(caller(['visits:read']), subgraphCredential);
    const { status, body } = await callCourtsDirectly({ [GATEWAY_CREDENTIAL_HEADER]: credential });
    expect(status).toBe(200);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('answers the gateway’s own credential for a caller with the scope, for no cache to keep', async () => {
    const { subgraphCredential } = await ensureDevKeys(dataDir);
    const credential = await signSubgraphCredential(caller(['courts:read']), subgraphCredential);
    const { body, cacheControl } = await callCourtsDirectly({ [GATEWAY_CREDENTIAL_HEADER]: credential });
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toMatch(/"urn"/);
    expect(cacheControl).toBe('no-store');
  });
});
