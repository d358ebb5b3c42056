import { resolve } from 'node:path';
import {
  buildManifest,
  readManifests,
  readOperationFiles,
} from '../../gateway/src/trustedDocuments/persistedQueryManifest';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

const root = resolve(__dirname, '../..');
const manifests = readManifests(resolve(root, 'trusted-documents'));
const availability = [...(manifests.get('public-visit-booker')?.values() ?? [])].find(
  (operation) => operation.name === 'VisitAvailability',
);

let supergraph: RunningSupergraph;
let token: string;

beforeAll(async () => {
  supergraph = await startSupergraph((await seededDataDir()).dataDir);
  token = await supergraph.tokenFor('public-visit-booker');
});

afterAll(() => supergraph.stop());

const VARIABLES = { prisonCode: 'LEI', from: '2026-11-02', to: '2026-11-08' };

async function send(body: Record<string, unknown>) {
  const response = await fetch(supergraph.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

describe('trusted documents for partner agencies', () => {
  it('are committed as built from operations/ by `npm run trusted-documents`', () => {
    for (const [agency, files] of readOperationFiles(resolve(root, 'operations'))) {
      const built = buildManifest(files);
      expect([...(manifests.get(agency)?.values() ?? [])]).toEqual(built.operations);
    }
  });

  it('run a registered operation named by its id', async () => {
    if (!availability) throw new Error('no registered operation for the public visit booker');
    const { status, body } = await send({ documentId: availability.id, variables: VARIABLES });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray((body.data as { visitSessions: unknown[] }).visitSessions)).toBe(true);
  });

  it('run a registered operation named by its persisted-query hash, or sent as its exact text', async () => {
    if (!availability) throw new Error('no registered operation');
    const byHash = await send({
      extensions: { persistedQuery: { version: 1, sha256Hash: availability.id } },
      variables: VARIABLES,
    });
    expect(byHash.body.errors).toBeUndefined();
    const byText = await send({ query: availability.body, variables: VARIABLES });
    expect(byText.body.errors).toBeUndefined();
  });

  it.each([
    [
      'an operation of its own',
      { query: '{ visitSessions(prisonCode: "LEI", from: "2026-11-02", to: "2026-11-03") { date } }' },
    ],
    ['an unknown id', { documentId: 'f'.repeat(64) }],
    [
      'another agency’s registered operation',
      { documentId: [...(manifests.get('financial-investigator')?.keys() ?? [])][0] },
    ],
    ['nothing at all', {}],
  ])('refuse %s with 403', async (_case, body) => {
    const response = await send(body);
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('do not bind staff, who may send operations of their own', async () => {
    const staff = await supergraph.tokenFor('court-staff');
    const response = await supergraph.queryAs(staff, '{ court(code: "C13LS00") { name } }');
    expect(response.errors).toBeUndefined();
  });
});
