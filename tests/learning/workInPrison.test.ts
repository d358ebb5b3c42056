import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { prisonerInCustody } from './support/prisonerInCustody';
import { END_WORK, RECORD_WORK, daysFromToday } from './support/learningDocuments';

let supergraph: RunningSupergraph;
let prisonNumber: string;
let prison: string;
let neverHeld: string;

beforeAll(async () => {
  const seeded = await seededDataDir();
  supergraph = await startSupergraph(seeded.dataDir);
  ({ prisonNumber, prison, neverHeld } = await prisonerInCustody(supergraph));
});

afterAll(() => supergraph.stop());

const allocation = (overrides: Record<string, unknown> = {}) => ({
  prisonNumber,
  title: 'Kitchen orderly',
  prisonCode: prison,
  startedOn: daysFromToday(-30),
  payBand: 3,
  hoursPerWeek: 25,
  ...overrides,
});

type Recorded = { recordWorkAllocation: { id: string } & Record<string, unknown> };
const WORK_AND_TIMELINE = /* GraphQL */ `
  #graphql
  query ($p: ID) {
    offender(prisonNumber: $p) {
      learning {
        workActivities {
          id
          title
          endedOn
          endReason
          payBand
          hoursPerWeek
        }
      }
      timeline {
        kind
        summary
      }
    }
  }
`;

describe('education staff recording work in prison', () => {
  it('record an allocation, end it with its reason, and see both on the learner record and in the timeline', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const recorded = await supergraph.queryAs<Recorded>(staff, RECORD_WORK, {
      input: allocation({ title: ' Laundry worker ' }),
    });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.recordWorkAllocation.id;
    expect(recorded.data?.recordWorkAllocation).toEqual({
      id,
      title: 'Laundry worker',
      prison: { code: prison },
      startedOn: daysFromToday(-30),
      endedOn: null,
      endReason: null,
      payBand: 3,
      hoursPerWeek: 25,
    });

    const ended = await supergraph.queryAs(staff, END_WORK, {
      input: { allocationId: id, endedOn: daysFromToday(-1), reason: 'WITHDRAWN_BY_PRISONER' },
    });
    expect(ended.data).toEqual({
      endWorkAllocation: { id, endedOn: daysFromToday(-1), endReason: 'WITHDRAWN_BY_PRISONER' },
    });
    const again = await supergraph.queryAs(staff, END_WORK, {
      input: { allocationId: id, endedOn: daysFromToday(0), reason: 'COMPLETED' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('ALLOCATION_ALREADY_ENDED');

    const manager = await supergraph.tokenFor('offender-manager');
    const read = await supergraph.queryAs<{
      offender: {
        learning: { workActivities: { id: string }[] };
        timeline: { kind: string; summary: string }[];
      };
    }>(manager, WORK_AND_TIMELINE, { p: prisonNumber });
    expect(read.data?.offender.learning.workActivities).toContainEqual({
      id,
      title: 'Laundry worker',
      endedOn: daysFromToday(-1),
      endReason: 'WITHDRAWN_BY_PRISONER',
      payBand: 3,
      hoursPerWeek: 25,
    });
    const summaries = read.data?.offender.timeline
      .filter((event) => event.kind === 'EDUCATION')
      .map((event) => event.summary);
    expect(summaries).toContainEqual(expect.stringMatching(/^Started work as Laundry worker at /));
    expect(summaries).toContain('Stopped work as Laundry worker (withdrawn by prisoner)');
  });

  it('record an allocation that has already ended, with its reason, in one go', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const recorded = await supergraph.queryAs<Recorded>(staff, RECORD_WORK, {
      input: allocation({
        endedOn: daysFromToday(-2),
        endReason: 'COMPLETED',
        payBand: null,
        hoursPerWeek: null,
      }),
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordWorkAllocation).toMatchObject({
      endedOn: daysFromToday(-2),
      endReason: 'COMPLETED',
      payBand: null,
    });
  });

  it('returns the first allocation to a retried recording, and refuses a twin recorded differently', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const input = allocation({ title: 'Library orderly', startedOn: daysFromToday(-7) });
    const first = await supergraph.queryAs<Recorded>(staff, RECORD_WORK, { input });
    const retried = await supergraph.queryAs<Recorded>(staff, RECORD_WORK, { input });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.recordWorkAllocation.id).toBe(first.data?.recordWorkAllocation.id);
    const twin = await supergraph.queryAs(staff, RECORD_WORK, { input: { ...input, payBand: 5 } });
    expect(twin.errors?.[0]?.extensions?.code).toBe('ALLOCATION_EXISTS');
    const stored = await supergraph.pnomis.system.database.db
      .selectFrom('workActivity')
      .select('payBand')
      .where('prisonNumber', '=', prisonNumber)
      .where('title', '=', 'Library orderly')
      .execute();
    expect(stored).toEqual([{ payBand: 3 }]);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    [
      'an end before the start',
      () => ({ endedOn: daysFromToday(-40), endReason: 'COMPLETED' }),
      'END_BEFORE_START',
    ],
    ['an end in the future', () => ({ endedOn: daysFromToday(5), endReason: 'COMPLETED' }), 'BAD_USER_INPUT'],
    ['an end without its reason', () => ({ endedOn: daysFromToday(-1) }), 'BAD_USER_INPUT'],
    ['a reason without an end', () => ({ endReason: 'DISMISSED' }), 'BAD_USER_INPUT'],
    [
      'an end reason not in the vocabulary',
      () => ({ endedOn: daysFromToday(-1), endReason: 'BORED' }),
      'BAD_USER_INPUT',
    ],
    ['a pay band that does not exist', () => ({ payBand: 11 }), 'BAD_USER_INPUT'],
    ['no hours a week', () => ({ hoursPerWeek: 0 }), 'BAD_USER_INPUT'],
    ['a blank title', () => ({ title: '  ' }), 'BAD_USER_INPUT'],
    ['a prisoner unknown to P-Nomis', () => ({ prisonNumber: 'Z9999ZZ' }), 'PRISONER_NOT_FOUND'],
    ['a prison outside the caller’s caseload', () => ({ prisonCode: neverHeld }), 'OUTSIDE_CASELOAD'],
  ])('refuse %s', async (_case, overrides, code) => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const response = await supergraph.queryAs(staff, RECORD_WORK, { input: allocation(overrides()) });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data ?? null).toBeNull();
  });

  it('refuse work at a prison that never held the prisoner, even for staff whose caseload includes it', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: `${prison},${neverHeld}` });
    const response = await supergraph.queryAs(staff, RECORD_WORK, {
      input: allocation({ prisonCode: neverHeld }),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_HELD_AT_PRISON');
  });

  it('refuse to end an unknown allocation, one at a prison outside the caseload, or before its start', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const recorded = await supergraph.queryAs<Recorded>(staff, RECORD_WORK, {
      input: allocation({ title: 'Wing cleaner' }),
    });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.recordWorkAllocation.id;
    const end = (token: string, input: Record<string, unknown>) =>
      supergraph.queryAs(token, END_WORK, {
        input: { allocationId: id, endedOn: daysFromToday(-1), reason: 'COMPLETED', ...input },
      });

    expect((await end(staff, { allocationId: '99999999' })).errors?.[0]?.extensions?.code).toBe(
      'ALLOCATION_NOT_FOUND',
    );
    expect((await end(staff, { endedOn: daysFromToday(-31) })).errors?.[0]?.extensions?.code).toBe(
      'END_BEFORE_START',
    );
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: neverHeld });
    expect((await end(elsewhere, {})).errors?.[0]?.extensions?.code).toBe('OUTSIDE_CASELOAD');
    expect((await end(staff, {})).errors).toBeUndefined();
  });
});
