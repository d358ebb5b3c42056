import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { prisonerInCustody } from './support/prisonerInCustody';
import {
  ADD_GOAL,
  RECORD_INDUCTION,
  UPDATE_STEP,
  daysFromToday,
  inductionInput,
} from './support/learningDocuments';

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

type Induction = { recordInduction: Record<string, unknown> & { intentionsOnRelease: string[] } };
const READ_INDUCTION = /* GraphQL */ `
  #graphql
  query ($p: ID) {
    offender(prisonNumber: $p) {
      learning {
        induction {
          intentionsOnRelease
          workInterests {
            sector
            role
          }
          nextReviewOn
        }
      }
      timeline {
        kind
        summary
      }
    }
  }
`;

describe('education staff recording an induction', () => {
  it('records the induction whole, shows it on the learner record and in the timeline, and replaces it on update', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const recorded = await supergraph.queryAs<Induction>(staff, RECORD_INDUCTION, {
      input: inductionInput(prisonNumber, prison, { intentionsOnRelease: ['EMPLOYMENT', 'EMPLOYMENT'] }),
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordInduction).toEqual({
      inductedOn: daysFromToday(-10),
      prison: { code: prison },
      updatedOn: daysFromToday(0),
      intentionsOnRelease: ['EMPLOYMENT'],
      workInterests: [
        { sector: 'CONSTRUCTION', role: 'Bricklayer' },
        { sector: 'OTHER', role: 'Dog groomer' },
      ],
      previousWork: [{ sector: 'WAREHOUSING', role: 'Forklift driver', months: 30 }],
      highestEducationLevel: 'SECONDARY_SCHOOL_TOOK_EXAMS',
      trainingBeforeCustody: ['FULL_UK_DRIVING_LICENCE', 'MACHINERY_TICKETS'],
      qualificationsBeforeCustody: [{ subject: 'GCSE English Language', level: 'LEVEL_2', grade: '4' }],
      nextReviewOn: daysFromToday(90),
    });

    const updated = await supergraph.queryAs<Induction>(staff, RECORD_INDUCTION, {
      input: inductionInput(prisonNumber, prison, {
        intentionsOnRelease: ['SELF_EMPLOYMENT'],
        workInterests: [{ sector: 'BEAUTY', role: '  Barber ' }],
        nextReviewOn: daysFromToday(120),
      }),
    });
    expect(updated.errors).toBeUndefined();

    const manager = await supergraph.tokenFor('offender-manager');
    const read = await supergraph.queryAs<{
      offender: {
        learning: { induction: unknown };
        timeline: { kind: string; summary: string }[];
      };
    }>(manager, READ_INDUCTION, { p: prisonNumber });
    expect(read.errors).toBeUndefined();
    expect(read.data?.offender.learning.induction).toEqual({
      intentionsOnRelease: ['SELF_EMPLOYMENT'],
      workInterests: [{ sector: 'BEAUTY', role: 'Barber' }],
      nextReviewOn: daysFromToday(120),
    });
    const inductionEvents = read.data?.offender.timeline.filter((event) =>
      event.summary.startsWith('Induction to education and work'),
    );
    expect(inductionEvents).toHaveLength(1);
    expect(inductionEvents?.[0]?.kind).toBe('EDUCATION');
  });

  it.each<[string, () => Record<string, unknown>, string, RegExp]>([
    [
      'an intention on release not in the vocabulary',
      () => ({ intentionsOnRelease: ['EMIGRATE'] }),
      'BAD_USER_INPUT',
      /"EMIGRATE" does not exist in "ReleaseIntention"/,
    ],
    [
      'a sector not in the vocabulary',
      () => ({ workInterests: [{ sector: 'ASTRONAUT' }] }),
      'BAD_USER_INPUT',
      /"ASTRONAUT" does not exist in "WorkSector"/,
    ],
    [
      'training not in the vocabulary',
      () => ({ trainingBeforeCustody: ['PILOT_LICENCE'] }),
      'BAD_USER_INPUT',
      /"PILOT_LICENCE" does not exist in "TrainingBeforeCustody"/,
    ],
    [
      'no intention on release',
      () => ({ intentionsOnRelease: [] }),
      'BAD_USER_INPUT',
      /at least one intention on release/,
    ],
    [
      'a sector of OTHER without a role',
      () => ({ previousWork: [{ sector: 'OTHER', months: 3 }] }),
      'BAD_USER_INPUT',
      /OTHER needs a role/,
    ],
    [
      'previous work of no length',
      () => ({ previousWork: [{ sector: 'RETAIL', months: 0 }] }),
      'BAD_USER_INPUT',
      /previousWork.months must be from 1 to 600, not 0/,
    ],
    [
      'a review date in the past',
      () => ({ nextReviewOn: daysFromToday(-1) }),
      'BAD_USER_INPUT',
      /nextReviewOn \(\d{4}-\d\d-\d\d\) is in the past/,
    ],
    [
      'an induction dated in the future',
      () => ({ inductedOn: daysFromToday(2) }),
      'BAD_USER_INPUT',
      /inductedOn \(\d{4}-\d\d-\d\d\) is in the future/,
    ],
    [
      'a prisoner unknown to P-Nomis',
      () => ({ prisonNumber: 'Z9999ZZ' }),
      'PRISONER_NOT_FOUND',
      /P-Nomis holds no prisoner Z9999ZZ/,
    ],
    ['a malformed prison number', () => ({ prisonNumber: 'Z99' }), 'BAD_USER_INPUT', /Z99/],
    [
      'a prison outside the caller’s caseload',
      () => ({ prisonCode: neverHeld }),
      'OUTSIDE_CASELOAD',
      /not held at a prison in your caseload/,
    ],
  ])('refuses %s', async (_case, overrides, code, message) => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const response = await supergraph.queryAs(staff, RECORD_INDUCTION, {
      input: inductionInput(prisonNumber, prison, overrides()),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses an induction at a prison that never held the person, even for staff whose caseload includes it', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: `${prison},${neverHeld}` });
    const response = await supergraph.queryAs(staff, RECORD_INDUCTION, {
      input: inductionInput(prisonNumber, neverHeld),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_HELD_AT_PRISON' });
    expect(response.errors?.[0]?.message).toBe(`${prisonNumber} has never been held at ${neverHeld}`);
  });

  it('cannot be recorded by the careers service, which only reads', async () => {
    const careers = await supergraph.tokenFor('careers-service');
    const response = await supergraph.queryAs(careers, RECORD_INDUCTION, {
      input: inductionInput(prisonNumber, prison),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});

describe('goals in the plan', () => {
  it('have steps whose status staff update one at a time', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const added = await supergraph.queryAs<{
      addLearningGoal: { id: string; steps: { id: string; title: string; status: string }[] };
    }>(staff, ADD_GOAL, {
      input: {
        prisonNumber,
        title: 'Get a forklift licence',
        reviewOn: daysFromToday(60),
        steps: ['Pass manual handling', 'Book the forklift course'],
      },
    });
    expect(added.errors).toBeUndefined();
    const [first, second] = added.data?.addLearningGoal.steps ?? [];
    expect([first?.status, second?.status]).toEqual(['ACTIVE', 'ACTIVE']);

    const updated = await supergraph.queryAs<{
      updateGoalStepStatus: { id: string; steps: { id: string; status: string }[] };
    }>(staff, UPDATE_STEP, { input: { stepId: first?.id, status: 'COMPLETED' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateGoalStepStatus.id).toBe(added.data?.addLearningGoal.id);
    expect(updated.data?.updateGoalStepStatus.steps.map((step) => step.status)).toEqual([
      'COMPLETED',
      'ACTIVE',
    ]);
  });

  it('refuse an unknown step, a status not in the vocabulary and a goal reviewed in the past', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const unknown = await supergraph.queryAs(staff, UPDATE_STEP, {
      input: { stepId: '99999999', status: 'COMPLETED' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('STEP_NOT_FOUND');
    const badStatus = await supergraph.queryAs(staff, UPDATE_STEP, {
      input: { stepId: '1', status: 'DONE' },
    });
    expect(badStatus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const past = await supergraph.queryAs(staff, ADD_GOAL, {
      input: { prisonNumber, title: 'Read a book a month', reviewOn: daysFromToday(-3), steps: [] },
    });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reviewOn' });
  });
});
