import { purposeHeaders } from '../support/purposeHeaders';
import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY } from '../support/journeyQuery';
import { testStoreLocation } from '../support/testStoreLocations';

let supergraph: RunningSupergraph;
let dataDir: string;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(dataDir);
});

afterAll(() => supergraph.stop());

async function consultations(token: string | null, identifier: string) {
  const response = await fetch(
    `${supergraph.gateway.url}/audit/consultations?identifier=${encodeURIComponent(identifier)}`,
    {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'x-access-purpose': 'SUBJECT_ACCESS_REQUEST',
      },
    },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      consultations?: { purpose: string | null; agency: string; subject: string; outcome: string }[];
    },
  };
}

describe('the audit trail of looks at personal data', () => {
  it('requires a stated purpose before personal data is read', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const response = await supergraph.query(
      JOURNEY_QUERY,
      { pncId: sample.pncId },
      { authorization: `Bearer ${token}` },
    );
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  it('records who looked at whose records, when, why, through which systems and fields', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const purpose = 'Pre-sentence report for Leeds Crown Court';
    const response = await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId }, purpose);
    expect(response.errors).toBeUndefined();
    const [record] = await supergraph.gateway.auditLog.store.consultationsOf(sample.prisonNumber, {
      limit: 1,
    });
    expect(record).toMatchObject({
      subject: 'dev-offender-manager',
      agency: 'offender-manager',
      // The lawful purpose stated (the first of the agency's, as the harness states it), then the caller's words.
      purpose: `SENTENCE_MANAGEMENT: ${purpose}`,
      operationName: 'Journey',
      outcome: 'SUCCESS',
      subgraphs: ['confiscation', 'courts', 'pnomis', 'visits'],
      denied: [],
    });
    expect(record?.offenders).toEqual(expect.arrayContaining([sample.pncId, sample.prisonNumber]));
    expect(record?.fields).toEqual(
      expect.arrayContaining(['Offender.magistratesCases', 'Offender.timeline', 'Query.offender']),
    );
    expect(Date.now() - Date.parse(record?.recordedAt ?? '')).toBeLessThan(60_000);
  });

  it('records what was denied', async () => {
    const token = await supergraph.tokenFor('court-staff');
    await supergraph.queryAs(token, JOURNEY_QUERY, { pncId: sample.pncId }, 'Listing check');
    const [record] = await supergraph.gateway.auditLog.store.consultationsOf(sample.pncId, { limit: 1 });
    expect(record?.agency).toBe('court-staff');
    expect(record?.outcome).toBe('DENIED');
    expect(record?.denied).toEqual(
      expect.arrayContaining(['Offender.visits', 'Offender.confiscationOrders']),
    );
  });

  it('does not audit operations that touch no personal data', async () => {
    const before = await supergraph.gateway.auditLog.store.verifyChain();
    await supergraph.queryAs(await supergraph.tokenFor('court-staff'), '{ court(code: "C13LS00") { name } }');
    expect(await supergraph.gateway.auditLog.store.verifyChain()).toEqual(before);
  });

  it('lets a data-protection officer ask who consulted one offender, and no one else', async () => {
    const officer = await supergraph.tokenFor('data-protection-officer');
    const { status, body } = await consultations(officer, sample.prisonNumber);
    expect(status).toBe(200);
    // Newest first: the court staff's look came after the offender manager's, which came after the offender
    // manager's attempt without a purpose: refused, and recorded under the PNC ID it asked for.
    expect(body.consultations?.map(({ agency, purpose, outcome }) => ({ agency, purpose, outcome }))).toEqual(
      [
        { agency: 'court-staff', purpose: 'CASE_PREPARATION: Listing check', outcome: 'DENIED' },
        {
          agency: 'offender-manager',
          purpose: 'SENTENCE_MANAGEMENT: Pre-sentence report for Leeds Crown Court',
          outcome: 'SUCCESS',
        },
        { agency: 'offender-manager', purpose: null, outcome: 'ERROR' },
      ],
    );
    expect((await consultations(await supergraph.tokenFor('court-staff'), sample.prisonNumber)).status).toBe(
      403,
    );
    expect((await consultations(null, sample.prisonNumber)).status).toBe(401);
  });

  it('keeps a chain that verifies, and names the first record altered or removed', async () => {
    const store = supergraph.gateway.auditLog.store;
    const intact = await store.verifyChain();
    expect(intact.ok).toBe(true);
    // Tampering as someone with access to the database would, past the gateway, on whichever engine it runs.
    const { db } = openDatabase(testStoreLocation(dataDir, 'audit'));
    try {
      await sql`UPDATE audit_record SET purpose = 'nothing to see' WHERE sequence = 2`.execute(db);
      expect(await store.verifyChain()).toMatchObject({ ok: false, sequence: 2, problem: 'ALTERED' });
      await sql`DELETE FROM audit_offender WHERE sequence = 1`.execute(db);
      await sql`DELETE FROM audit_identifier WHERE sequence = 1`.execute(db);
      await sql`DELETE FROM audit_record WHERE sequence = 1`.execute(db);
      expect(await store.verifyChain()).toMatchObject({ ok: false, sequence: 1, problem: 'REMOVED' });
    } finally {
      await db.destroy();
    }
  });

  it('returns no personal data when the audit log cannot be written (fail closed)', async () => {
    await supergraph.gateway.auditLog.close();
    const token = await supergraph.tokenFor('offender-manager');
    const response = await fetch(supergraph.gateway.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...purposeHeaders(token, 'Test'),
      },
      body: JSON.stringify({ query: JOURNEY_QUERY, variables: { pncId: sample.pncId } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(503);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['AUDIT_UNAVAILABLE']);
    expect(JSON.stringify(body)).not.toContain(sample.prisonNumber);
  });
});
