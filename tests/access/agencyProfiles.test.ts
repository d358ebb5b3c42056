import { resolve } from 'node:path';
import { readManifests } from '../../gateway/src/trustedDocuments/persistedQueryManifest';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

type Manifest = Awaited<ReturnType<typeof seededDataDir>>['manifest'];

let supergraph: RunningSupergraph;
let manifest: Manifest;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  manifest = seeded.manifest;
  const first = manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(seeded.dataDir);
});

afterAll(() => supergraph.stop());

async function journeyAs(token: string, variables: Record<string, string> = { pncId: sample.pncId }) {
  return supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, variables);
}

function unauthorizedPaths(response: Awaited<ReturnType<typeof journeyAs>>): string[] {
  return (response.errors ?? [])
    .filter((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')
    .map((error) => (error.path ?? []).join('.'))
    .sort();
}

describe('what each agency profile sees of a journey', () => {
  it('an offender manager sees every system and the merged timeline', async () => {
    const response = await journeyAs(await supergraph.tokenFor('offender-manager'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender?.timeline?.length).toBeGreaterThan(0);
  });

  it('court staff see the courts and custody, but not visits, confiscation or the merged timeline', async () => {
    const response = await journeyAs(await supergraph.tokenFor('court-staff'));
    const offender = response.data?.offender;
    expect(offender?.magistratesCases?.length).toBeGreaterThan(0);
    expect(offender?.custody?.prisonNumber).toBe(sample.prisonNumber);
    expect(offender?.visits).toBeNull();
    expect(offender?.confiscationOrders).toBeNull();
    expect(offender?.timeline).toBeNull();
    expect(unauthorizedPaths(response)).toEqual([
      'offender.confiscationEvents',
      'offender.confiscationOrders',
      'offender.timeline',
      'offender.visitEvents',
      'offender.visits',
    ]);
  });

  it('a financial investigator sees court cases and confiscation, not custody, through its registered operation', async () => {
    const registered = readManifests(resolve(__dirname, '../../trusted-documents')).get(
      'financial-investigator',
    );
    const operation = [...(registered?.values() ?? [])].find(
      (candidate) => candidate.name === 'ConfiscationEnforcement',
    );
    if (!operation) throw new Error('ConfiscationEnforcement is not registered');
    const releasedSample = manifest.samples.releasedWithConfiscation[0];
    const response = await supergraph.queryAs<{
      offender: { crownCourtCases: unknown[] | null; confiscationOrders: unknown[] | null };
    }>(await supergraph.tokenFor('financial-investigator'), operation.body, { pncId: releasedSample?.pncId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender.crownCourtCases?.length).toBeGreaterThan(0);
    expect(response.data?.offender.confiscationOrders?.length).toBeGreaterThan(0);
    const custody = await supergraph.queryAs(
      await supergraph.tokenFor('financial-investigator'),
      operation.body.replace('pncId\n', 'pncId\n    custody { status }\n'),
      { pncId: sample.pncId },
    );
    expect(custody.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('the careers service, a partner, may not send an operation of its own: an ad-hoc journey is refused', async () => {
    const response = await journeyAs(await supergraph.tokenFor('careers-service'), {
      prisonNumber: sample.prisonNumber,
    });
    // Partners may run only registered operations: this ad-hoc journey is refused outright.
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(response.data).toBeUndefined();
  });

  it('an analyst cannot look an offender up at all: aggregates only, no names', async () => {
    const response = await journeyAs(await supergraph.tokenFor('analyst'));
    expect(response.data?.offender).toBeNull();
    expect(unauthorizedPaths(response)).toEqual(['offender']);
  });

  it('an anonymous caller gets nothing that is not public', async () => {
    const response = await supergraph.query<JourneyData>(
      JOURNEY_QUERY,
      { pncId: sample.pncId },
      { 'x-access-purpose': 'SAFEGUARDING', 'x-access-purpose-detail': 'Anonymous probe' },
    );
    expect(response.data?.offender).toBeNull();
    expect(unauthorizedPaths(response)).toEqual(['offender']);
    const court = await supergraph.query<{ court: { name: string } }>('{ court(code: "B13LS00") { name } }');
    expect(court.data?.court.name).toBe("Leeds Magistrates' Court");
  });
});

describe('prison staff and their caseload', () => {
  const CUSTODY = /* GraphQL */ `
    #graphql
    query Custody($prisonNumber: ID!) {
      offender(prisonNumber: $prisonNumber) {
        custody {
          status
          currentPrison {
            code
          }
        }
        visits {
          prison {
            code
          }
        }
      }
    }
  `;
  type CustodyData = {
    offender: {
      custody: { currentPrison: { code: string } | null } | null;
      visits: { prison: { code: string } }[] | null;
    };
  };

  async function prisonOf(prisonNumber: string): Promise<string> {
    const response = await supergraph.queryAs<CustodyData>(
      await supergraph.tokenFor('offender-manager'),
      CUSTODY,
      {
        prisonNumber,
      },
    );
    const code = response.data?.offender.custody?.currentPrison?.code;
    if (!code) throw new Error(`${prisonNumber} is not in custody`);
    return code;
  }

  it('see the custody record and visits of a prisoner held in their caseload', async () => {
    const prison = await prisonOf(sample.prisonNumber);
    const token = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const response = await supergraph.queryAs<CustodyData>(token, CUSTODY, {
      prisonNumber: sample.prisonNumber,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender.custody?.currentPrison?.code).toBe(prison);
    for (const visit of response.data?.offender.visits ?? []) expect(visit.prison.code).toBe(prison);
  });

  it('are refused the custody record of a prisoner held elsewhere, and see none of their visits', async () => {
    const prison = await prisonOf(sample.prisonNumber);
    const elsewhere = prison === 'LEI' ? 'MDI' : 'LEI';
    const token = await supergraph.tokenFor('prison-staff', { caseload: elsewhere });
    const response = await supergraph.queryAs<CustodyData>(token, CUSTODY, {
      prisonNumber: sample.prisonNumber,
    });
    expect(response.data?.offender.custody).toBeNull();
    expect(response.data?.offender.visits).toBeNull();
    expect(response.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['offender.custody', 'OUTSIDE_CASELOAD'],
      ['offender.visits', 'OUTSIDE_CASELOAD'],
    ]);
  });

  it('may list the prisoners of a prison in their caseload only', async () => {
    const prison = await prisonOf(sample.prisonNumber);
    const token = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const list = (code: string) =>
      supergraph.queryAs<{ prison: { prisoners: unknown[] | null } }>(
        token,
        'query List($code: ID!) { prison(code: $code) { prisoners(first: 3) { prisonNumber } } }',
        { code },
      );
    expect((await list(prison)).data?.prison.prisoners?.length).toBeGreaterThan(0);
    const refused = await list(prison === 'LEI' ? 'MDI' : 'LEI');
    expect(refused.errors?.[0]?.extensions?.code).toBe('OUTSIDE_CASELOAD');
  });
});

describe('rejecting unauthorized operations whole', () => {
  let strict: RunningSupergraph;

  beforeAll(async () => {
    strict = await startSupergraph((await seededDataDir()).dataDir, { AUTHZ_REJECT_UNAUTHORIZED: 'true' });
  });

  afterAll(() => strict.stop());

  it('refuses an operation that asks for anything the caller may not see, and runs nothing', async () => {
    const response = await strict.queryAs<JourneyData>(await strict.tokenFor('court-staff'), JOURNEY_QUERY, {
      pncId: sample.pncId,
    });
    expect(response.data).toBeUndefined();
    expect(response.errors?.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(
      true,
    );
  });

  it('still answers an operation that asks only for what the caller may see', async () => {
    const response = await strict.queryAs(
      await strict.tokenFor('court-staff'),
      'query ($p: ID) { offender(pncId: $p) { magistratesCases { urn } } }',
      {
        p: sample.pncId,
      },
    );
    expect(response.errors).toBeUndefined();
  });
});
