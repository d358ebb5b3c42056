import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { firstFullJourney, seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY } from '../support/journeyQuery';

/**
 * A stated purpose is a lawful purpose of the caller's agency, not any text: each agency has a closed list
 * (lib/auth/agencyProfiles.ts), anything else is refused with PURPOSE_NOT_ALLOWED before any system is asked, and
 * the code with the caller's own words is what the audit log records.
 */
let supergraph: RunningSupergraph;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  sample = firstFullJourney(seeded.manifest);
  supergraph = await startSupergraph(seeded.dataDir);
});

afterAll(() => supergraph.stop());

async function journeyWith(agency: string, purpose: Record<string, string>) {
  const token = await supergraph.tokenFor(agency);
  const response = await fetch(supergraph.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...purpose },
    body: JSON.stringify({ query: JOURNEY_QUERY, variables: { pncId: sample.pncId } }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
}

describe('the purpose stated for personal data', () => {
  it.each([
    ['free text, as any caller could type', 'offender-manager', 'Curious about a neighbour'],
    ["another agency's purpose", 'court-staff', 'ENFORCEMENT'],
    ['a purpose in the wrong case', 'offender-manager', 'sentence_management'],
    ['a code that is no purpose at all', 'offender-manager', 'ADMIN'],
    ["a prison's purpose from court staff", 'court-staff', 'VISIT_BOOKING'],
  ])('refuses %s with 403 PURPOSE_NOT_ALLOWED, asking no system', async (_case, agency, code) => {
    const asked = supergraph.statementCount();
    const refused = await journeyWith(agency, { 'x-access-purpose': code });
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('PURPOSE_NOT_ALLOWED');
    expect(refused.body.data).toBeUndefined();
    expect(supergraph.statementCount()).toBe(asked);
  });

  it("says which purposes the caller's agency may state", async () => {
    const refused = await journeyWith('court-staff', { 'x-access-purpose': 'Listing check' });
    expect(refused.body.errors?.[0]?.message).toBe(
      '"Listing check" is not a purpose your agency may state for personal data: choose one of CASE_PREPARATION, ' +
        'CASE_TRANSFER, HEARING_LISTING, SAFEGUARDING, and say more in x-access-purpose-detail',
    );
  });

  it('asks for a purpose when none is stated (400 PURPOSE_REQUIRED), listing the choices', async () => {
    const missing = await journeyWith('offender-manager', { 'x-access-purpose-detail': 'Only words' });
    expect(missing.status).toBe(400);
    expect(missing.code).toBe('PURPOSE_REQUIRED');
    expect(missing.body.errors?.[0]?.message).toContain('SENTENCE_MANAGEMENT, RELEASE_PLANNING');
  });

  it("answers one of the agency's purposes, and records it with the caller's words", async () => {
    const detail = `Release plan review ${Date.now()}`;
    const answered = await journeyWith('offender-manager', {
      'x-access-purpose': ' RELEASE_PLANNING ',
      'x-access-purpose-detail': detail,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
    const [record] = await supergraph.gateway.auditLog.store.consultationsOf(sample.prisonNumber, {
      limit: 1,
    });
    expect(record?.purpose).toBe(`RELEASE_PLANNING: ${detail}`);
  });

  it('asks for nothing when no personal data is read', async () => {
    const court = await supergraph.query<{ court: { name: string } }>('{ court(code: "B13LS00") { name } }');
    expect(court.data?.court.name).toBe("Leeds Magistrates' Court");
  });
});

describe('GET /access/purposes', () => {
  const purposes = (authorization?: string) =>
    fetch(`${supergraph.gateway.url}/access/purposes`, {
      headers: authorization ? { authorization } : {},
    });

  it("lists the caller's agency's purposes with what each means", async () => {
    const response = await purposes(`Bearer ${await supergraph.tokenFor('financial-investigator')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      agency: 'financial-investigator',
      purposes: [
        { code: 'ENFORCEMENT', description: 'Enforcing a confiscation order' },
        {
          code: 'FINANCIAL_INVESTIGATION',
          description: "Investigating a defendant's benefit from crime and available assets",
        },
      ],
    });
  });

  it('lists none for analysts, who read no personal data', async () => {
    const response = await purposes(`Bearer ${await supergraph.tokenFor('analyst')}`);
    expect(await response.json()).toEqual({ agency: 'analyst', purposes: [] });
  });

  it('refuses a caller without a token, or with a refused one (401)', async () => {
    expect((await purposes()).status).toBe(401);
    expect((await purposes('Bearer not.a.token')).status).toBe(401);
  });
});

describe("the data-protection officer's look-ups", () => {
  const lookUp = async (purpose: string) =>
    fetch(`${supergraph.gateway.url}/audit/consultations?pncId=${encodeURIComponent(sample.pncId)}`, {
      headers: {
        authorization: `Bearer ${await supergraph.tokenFor('data-protection-officer')}`,
        'x-access-purpose': purpose,
      },
    });

  it("are held to the officer's purposes too", async () => {
    const refused = await lookUp('CASE_PREPARATION');
    expect(refused.status).toBe(403);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('PURPOSE_NOT_ALLOWED');
    expect((await lookUp('SUBJECT_ACCESS_REQUEST')).status).toBe(200);
  });
});
