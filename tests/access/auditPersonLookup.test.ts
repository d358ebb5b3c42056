import { purposeHeaders } from '../support/purposeHeaders';
import { pncIdForms } from '@lib/identifiers/personIdentifier';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';

// The data-protection officer asks about a person, not a string: GET /audit/consultations over real HTTP, with
// the real stores behind the gateway, and the ways a caller might get it wrong or try it on.

interface Person {
  pncId: string;
  prisonNumber: string;
  croNumber: string;
  urn: string;
}

interface LookUp {
  status: number;
  body: {
    identifier?: string;
    kind?: string;
    searched?: { kind: string; value: string; how: string; forms: string[] }[];
    notFollowed?: unknown[];
    consultations?: {
      sequence: number;
      subject: string;
      agency: string;
      purpose: string | null;
      operationName: string | null;
      outcome: string;
      matched: string[];
    }[];
    errors?: { message: string; extensions: { code: string } }[];
  };
}

const OFFICER_PURPOSE = 'Subject access request SAR-2026-0042';

let supergraph: RunningSupergraph;
let ann: Person;
let bob: Person;
let cal: { pncId: string; prisonNumber: string };

/** A person's identifiers and one of their magistrates' cases, as a caseworker would read them. */
async function personFrom(pncId: string): Promise<Person | null> {
  const token = await supergraph.tokenFor('offender-manager');
  const { data } = await supergraph.queryAs<{
    offender: {
      prisonNumber: string | null;
      custody: { croNumber: string | null } | null;
      magistratesCases: { urn: string }[];
    };
  }>(
    token,
    /* GraphQL */ `
      query Identify($pncId: ID) {
        offender(pncId: $pncId) {
          prisonNumber
          custody {
            croNumber
          }
          magistratesCases {
            urn
          }
        }
      }
    `,
    { pncId },
    'Setting up the audit trail test',
  );
  const offender = data?.offender;
  const urn = offender?.magistratesCases[0]?.urn;
  if (!offender?.prisonNumber || !offender.custody?.croNumber || !urn) return null;
  return { pncId, prisonNumber: offender.prisonNumber, croNumber: offender.custody.croNumber, urn };
}

async function lookUp(
  query: string,
  { token, purpose = OFFICER_PURPOSE }: { token?: string | null; purpose?: string | null } = {},
): Promise<LookUp> {
  const bearer = token === undefined ? await supergraph.tokenFor('data-protection-officer') : token;
  const response = await fetch(`${supergraph.gateway.url}/audit/consultations?${query}`, {
    headers: {
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      // The first lawful purpose of the token's agency, with `purpose` as the caller's words.
      ...(purpose && bearer ? purposeHeaders(bearer, purpose) : {}),
    },
  });
  return { status: response.status, body: (await response.json()) as LookUp['body'] };
}

/** A PNC ID's short form (12/394773H for 2012/0394773H). */
const shortForm = (pncId: string) => pncIdForms(pncId)[1] ?? pncId;

/** The caller's own words of each consultation's purpose (the audit log records them after the purpose's code). */
const purposes = (result: LookUp) =>
  result.body.consultations?.map((consultation) => consultation.purpose?.replace(/^[A-Z_]+: /, '') ?? null) ??
  [];

beforeAll(async () => {
  const { dataDir, manifest } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  const people: Person[] = [];
  // Cal is taken from the seed's manifest, never looked up by PNC ID through the gateway.
  const last = manifest.samples.fullJourney[manifest.samples.fullJourney.length - 1];
  if (!last) throw new Error('no full-journey sample');
  cal = last;
  for (const sample of manifest.samples.fullJourney.slice(0, -1)) {
    const person = await personFrom(sample.pncId);
    if (person) people.push(person);
    if (people.length === 2) break;
  }
  if (!people[0] || !people[1])
    throw new Error('two full-journey samples with a CRO number and a case are needed');
  [ann, bob] = [people[0], people[1]];

  // The look-ups the officer will be asked about, each by one identifier, each with a purpose naming it.
  const caseworker = await supergraph.tokenFor('offender-manager');
  const courtStaff = await supergraph.tokenFor('court-staff');
  const custody = '{ custody { status } }';
  const lookUps: [token: string, document: string, purpose: string][] = [
    [caseworker, `{ offender(prisonNumber: "${ann.prisonNumber}") ${custody} }`, 'Ann by prison number'],
    [caseworker, `{ offender(pncId: "${ann.pncId}") ${custody} }`, 'Ann by long PNC ID'],
    [caseworker, `{ offender(pncId: "${shortForm(ann.pncId)}") ${custody} }`, 'Ann by short PNC ID'],
    [
      courtStaff,
      `{ magistratesCase(urn: "${ann.urn}") { defendant { croNumber } } }`,
      "Ann's case, showing her CRO number",
    ],
    [caseworker, `{ offender(pncId: "${bob.pncId}") ${custody} }`, 'Bob by PNC ID'],
    [caseworker, `{ offender(prisonNumber: "${bob.prisonNumber}") ${custody} }`, 'Bob by prison number'],
  ];
  for (const [token, document, purpose] of lookUps) {
    const { errors } = await supergraph.queryAs(token, document, {}, purpose);
    if (errors) throw new Error(`${purpose}: ${JSON.stringify(errors)}`);
  }
});

afterAll(() => supergraph.stop());

describe("the data-protection officer's look-up of a person", () => {
  it('finds, by the short form of a PNC ID, the look-ups made with its long form, and the other way round', async () => {
    const byShort = await lookUp(`pncId=${encodeURIComponent(shortForm(ann.pncId))}`);
    const byLong = await lookUp(`identifier=${encodeURIComponent(ann.pncId)}`);

    expect(byShort.status).toBe(200);
    expect(byShort.body).toMatchObject({ identifier: ann.pncId, kind: 'pncId' });
    expect(purposes(byShort)).toEqual(expect.arrayContaining(['Ann by long PNC ID', 'Ann by short PNC ID']));
    expect(purposes(byLong)).toEqual(expect.arrayContaining(['Ann by long PNC ID', 'Ann by short PNC ID']));
  });

  it("finds, by a PNC ID, the look-ups made by the person's prison number and CRO number, and says what it searched", async () => {
    const { status, body } = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`);

    expect(status).toBe(200);
    expect(purposes({ status, body })).toEqual(
      expect.arrayContaining([
        'Ann by prison number',
        "Ann's case, showing her CRO number",
        'Setting up the audit trail test',
      ]),
    );
    expect(body.searched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'pncId',
          value: ann.pncId,
          how: 'asked',
          forms: pncIdForms(ann.pncId),
        }),
        expect.objectContaining({ kind: 'prisonNumber', value: ann.prisonNumber, how: 'linked' }),
        expect.objectContaining({ kind: 'croNumber', value: ann.croNumber, how: 'linked' }),
      ]),
    );
    const byPrisonNumber = body.consultations?.find((consultation) =>
      consultation.purpose?.endsWith(': Ann by prison number'),
    );
    // Made by prison number; P-Nomis, which resolved it, said whose it is, so the record names her PNC ID too.
    expect(byPrisonNumber?.matched).toEqual(expect.arrayContaining([ann.prisonNumber, ann.pncId]));
    const byCase = body.consultations?.find((c) =>
      c.purpose?.endsWith(": Ann's case, showing her CRO number"),
    );
    expect(byCase?.matched).toEqual(expect.arrayContaining([ann.croNumber]));
  });

  it("finds a look-up by prison number whose answer showed no other identifier, through P-Nomis's link", async () => {
    // Cal is asked about by prison number only, and no audited answer ever showed his PNC ID: the link comes from
    // P-Nomis, which resolved the prison number, not from anything the caller saw.
    const caseworker = await supergraph.tokenFor('offender-manager');
    const purpose = 'Cal by prison number alone';
    const answer = await supergraph.queryAs(
      caseworker,
      `{ offender(prisonNumber: "${cal.prisonNumber}") { custody { status } } }`,
      {},
      purpose,
    );
    // The link is the audit log's alone: the caller is not shown the PNC ID, nor the subgraphs' word on it.
    expect(JSON.stringify(answer)).not.toContain(cal.pncId);
    expect(JSON.stringify(answer)).not.toMatch(/identifiedOffenders|disclosedOffenders/);

    const { body } = await lookUp(`pncId=${encodeURIComponent(shortForm(cal.pncId))}`);
    expect(purposes({ status: 200, body })).toEqual([purpose]);
    expect(body.searched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'prisonNumber', value: cal.prisonNumber, how: 'linked' }),
      ]),
    );
  });

  it('finds the same consultations whichever of the identifiers is asked', async () => {
    const byPnc = purposes(await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`)).filter((p) =>
      p?.startsWith('Ann'),
    );
    const byCro = purposes(await lookUp(`croNumber=${encodeURIComponent(ann.croNumber)}`)).filter((p) =>
      p?.startsWith('Ann'),
    );
    const byPrisonNumber = purposes(await lookUp(`identifier=${ann.prisonNumber.toLowerCase()}`)).filter(
      (p) => p?.startsWith('Ann'),
    );

    expect(byPnc.length).toBeGreaterThanOrEqual(4);
    expect(byCro).toEqual(byPnc);
    expect(byPrisonNumber).toEqual(byPnc);
  });

  it("never shows another person's consultations", async () => {
    for (const query of [`pncId=${encodeURIComponent(ann.pncId)}`, `prisonNumber=${ann.prisonNumber}`]) {
      const { body } = await lookUp(query);
      expect(purposes({ status: 200, body }).filter((purpose) => purpose?.startsWith('Bob'))).toEqual([]);
      expect(body.consultations?.every((consultation) => consultation.matched.length > 0)).toBe(true);
      expect(JSON.stringify(body)).not.toContain(bob.pncId);
      expect(JSON.stringify(body)).not.toContain(bob.prisonNumber);
    }
    expect(purposes(await lookUp(`prisonNumber=${bob.prisonNumber}`))).toEqual(
      expect.arrayContaining(['Bob by PNC ID', 'Bob by prison number']),
    );
  });

  it("records the officer's own look-up, which a later look-up shows, in a chain that verifies", async () => {
    const purpose = 'Checking who looked at Ann, ticket 7';
    expect((await lookUp(`croNumber=${encodeURIComponent(ann.croNumber)}`, { purpose })).status).toBe(200);

    // Newest first; a look-up's own record is written as it answers, so the one before it comes first.
    const later = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`);
    expect(later.body.consultations?.[0]).toMatchObject({
      subject: 'dev-data-protection-officer',
      agency: 'data-protection-officer',
      purpose: `SUBJECT_ACCESS_REQUEST: ${purpose}`,
      operationName: 'GET /audit/consultations',
      outcome: 'SUCCESS',
    });
    await expect(supergraph.gateway.auditLog.store.verifyChain()).resolves.toMatchObject({
      ok: true,
      checkpoints: { count: expect.any(Number) as number },
    });
  });

  it('refuses a caller without a token (401), and one without audit:read (403), recording the attempt', async () => {
    const anonymous = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const tampered = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`, { token: 'not.a.token' });
    expect(tampered.status).toBe(401);

    const caseworker = await supergraph.tokenFor('offender-manager');
    const refused = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`, {
      token: caseworker,
      purpose: 'Curious',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.body.consultations).toBeUndefined();

    const { body } = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`);
    expect(body.consultations?.[0]).toMatchObject({
      agency: 'offender-manager',
      purpose: 'SENTENCE_MANAGEMENT: Curious',
      outcome: 'DENIED',
    });
  });

  it('refuses a look-up without a stated purpose, with a code', async () => {
    const { status, body } = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`, { purpose: null });

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('PURPOSE_REQUIRED');
    expect(body.errors?.[0]?.message).toContain('x-access-purpose');
    expect(body.consultations).toBeUndefined();
  });

  it.each([
    [
      'a PNC ID with the wrong check character',
      'pncId=2012%2F0052494A',
      'its check character should be Q, not A',
    ],
    ['an identifier of no kind', 'identifier=nobody', 'is not a PNC ID'],
    [
      'an identifier that is both a PNC ID and a CRO number',
      'identifier=10%2F26E',
      'give it as ?pncId= or ?croNumber=',
    ],
    ['a malformed prison number', 'prisonNumber=A12', 'is not a valid prison number'],
    ['two identifiers', `pncId=2012%2F0052494Q&prisonNumber=A1234BC`, 'exactly one of'],
    ['no identifier', 'limit=5', 'exactly one of'],
    ['a limit out of range', 'pncId=2012%2F0052494Q&limit=0', 'limit must be'],
  ])('refuses %s with 400 BAD_USER_INPUT', async (_what, query, message) => {
    const { status, body } = await lookUp(query);

    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('pages newest first', async () => {
    const first = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}&limit=2`);
    const before = (first.body as { before?: number }).before;
    expect(first.body.consultations).toHaveLength(2);
    expect(before).toBe(first.body.consultations?.[1]?.sequence);
    const next = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}&limit=2&before=${before}`);
    expect(next.body.consultations?.[0]?.sequence).toBeLessThan(before ?? 0);
  });

  it('answers nothing when the audit log cannot be read or written (503)', async () => {
    await supergraph.gateway.auditLog.close();
    const { status, body } = await lookUp(`pncId=${encodeURIComponent(ann.pncId)}`);

    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions.code).toBe('AUDIT_UNAVAILABLE');
    expect(body.consultations).toBeUndefined();
  });
});
