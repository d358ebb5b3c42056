import { SCOPES } from '@lib/auth/caller';
import type { GraphQLResponse, RunningSupergraph } from '../support/startSupergraph';
import { composedSchema, offenderFieldProbes, type FieldProbe } from './support/offenderFieldProbes';
import { caseloadSystem, type CaseloadSubject, type CaseloadSubjects } from '../support/caseloadSubjects';

let supergraph: RunningSupergraph;
let subjects: CaseloadSubjects;

beforeAll(async () => {
  ({ supergraph, subjects } = await caseloadSystem());
});

afterAll(() => supergraph.stop());

type Key = 'prisonNumber' | 'pncId';
type Probed = FieldProbe & { response: GraphQLResponse<{ offender: Record<string, unknown> | null }> };

const schema = composedSchema();
/** Why a field may come back empty to staff outside the caseload: refused for this person, or for the token. */
const EXPLAINED = new Set(['OUTSIDE_CASELOAD', 'UNAUTHORIZED_FIELD_OR_TYPE']);

/** Asks for each field of Offender in turn, with everything under it, as the token's holder. */
async function walk(token: string, subject: CaseloadSubject, key: Key): Promise<Probed[]> {
  const probed: Probed[] = [];
  for (const probe of offenderFieldProbes(schema, key)) {
    const response = await supergraph.queryAs<{ offender: Record<string, unknown> | null }>(
      token,
      probe.document,
      { id: subject[key] },
    );
    probed.push({ ...probe, response });
  }
  return probed;
}

function hasData(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function errorsAt(probed: Probed) {
  return (probed.response.errors ?? []).filter(
    (error) => error.path?.[0] === 'offender' && error.path[1] === probed.field,
  );
}

/** Fields that came back with data; the key the person was asked by is only the caller's own words back. */
function fieldsWithData(probes: Probed[], key: Key): string[] {
  return probes
    .filter((probed) => probed.field !== key && hasData(probed.response.data?.offender?.[probed.field]))
    .map((probed) => `${probed.field}: ${JSON.stringify(probed.response.data?.offender?.[probed.field])}`);
}

/**
 * What the answers do not explain: an offender missing altogether (a walk that proves nothing), an error that
 * is neither refusal (a probe the gateway could not run), or a field left empty without saying why (empty must
 * not read as "nothing recorded"). The key the person was asked by is the caller's own and needs no refusal.
 */
function unexplained(probes: Probed[], key: Key): string[] {
  return probes.flatMap((probed) => {
    const { data, errors = [] } = probed.response;
    const problems = errors
      .filter((error) => !EXPLAINED.has(String(error.extensions?.code)))
      .map((error) => `${probed.field}: ${String(error.extensions?.code)} ${error.message}`);
    if (!data?.offender) problems.push(`${probed.field}: no offender came back`);
    else if (probed.field !== key && errorsAt(probed).length === 0) {
      problems.push(
        `${probed.field}: came back ${JSON.stringify(data.offender[probed.field])} with no refusal`,
      );
    }
    return problems;
  });
}

const EVERY_SCOPE = SCOPES.map((scope) => scope.name).join(' ');
const TOKENS: [string, (caseload: string) => Promise<string>][] = [
  ['prison staff', (caseload) => supergraph.tokenFor('prison-staff', { caseload })],
  [
    'a caseload-limited token holding every scope',
    (caseload) => supergraph.tokenFor('prison-staff', { caseload, scopes: EVERY_SCOPE }),
  ],
];
const OUTSIDE: [string, (all: CaseloadSubjects) => { subject: CaseloadSubject; caseload: string }][] = [
  [
    'a prisoner held at a prison outside the caseload',
    ({ inCustody }) => ({ subject: inCustody, caseload: inCustody.elsewhere }),
  ],
  [
    'a prisoner transferred away from the caseload',
    ({ transferred }) => ({ subject: transferred, caseload: transferred.elsewhere }),
  ],
  [
    'a released prisoner last held elsewhere',
    ({ released }) => ({ subject: released, caseload: released.elsewhere }),
  ],
  [
    'a prisoner, to a token whose caseload is empty',
    ({ inCustody }) => ({ subject: inCustody, caseload: '' }),
  ],
];

describe('every field under Offender in the composed schema, for a caseload that does not hold the person', () => {
  describe.each(TOKENS)('as %s', (_token, tokenFor) => {
    it.each(OUTSIDE)('comes back empty, with a refusal, for %s', async (_case, choose) => {
      const { subject, caseload } = choose(subjects);
      const token = await tokenFor(caseload);
      for (const key of ['prisonNumber', 'pncId'] as const) {
        if (subject[key] === null) continue;
        const probes = await walk(token, subject, key);
        expect(probes.length).toBeGreaterThan(10);
        expect(fieldsWithData(probes, key)).toEqual([]);
        expect(unexplained(probes, key)).toEqual([]);
        const codes = probes.flatMap(({ response }) =>
          (response.errors ?? []).map((e) => e.extensions?.code),
        );
        expect(codes).toContain('OUTSIDE_CASELOAD');
      }
    });
  });

  it('returns data for every field prison staff may read when the caseload holds the person', async () => {
    const { inCustody } = subjects;
    const token = await supergraph.tokenFor('prison-staff', { caseload: inCustody.establishment });
    const probes = await walk(token, inCustody, 'prisonNumber');
    const readable = probes.filter((probed) =>
      errorsAt(probed).every((error) => error.extensions?.code !== 'UNAUTHORIZED_FIELD_OR_TYPE'),
    );
    // The walk is not vacuous: the education record, and the rest staff may read, come back whole.
    expect(readable.map((probed) => probed.field)).toEqual(
      expect.arrayContaining(['learning', 'educationEvents', 'custody', 'visits']),
    );
    const answers = readable.map((probed) => ({
      field: probed.field,
      errors: probed.response.errors ?? [],
      withData: hasData(probed.response.data?.offender?.[probed.field]),
    }));
    expect(answers).toEqual(readable.map(({ field }) => ({ field, errors: [], withData: true })));
  });
});
