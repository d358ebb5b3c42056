import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { prisonerInCustody } from './support/prisonerInCustody';
import { ADD_GOAL, UPDATE_STEP, daysFromToday } from './support/learningDocuments';

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

type Step = { id: string; status: string };
type Goal = { id: string; title: string; steps: Step[] };

const GOALS = /* GraphQL */ `
  #graphql
  query ($p: ID) {
    offender(prisonNumber: $p) {
      learning {
        goals {
          id
          title
          steps {
            id
            status
          }
        }
      }
    }
  }
`;

const goalInput = (person: string, title: string) => ({
  prisonNumber: person,
  title,
  reviewOn: daysFromToday(60),
  steps: ['Attend the taster session', 'Finish the first unit'],
});

/** The person's goals as stored, read back by an offender manager, whom no caseload limits. */
async function goalsOf(person: string): Promise<Goal[]> {
  const reader = await supergraph.tokenFor('offender-manager');
  const response = await supergraph.queryAs<{ offender: { learning: { goals: Goal[] } } }>(reader, GOALS, {
    p: person,
  });
  expect(response.errors).toBeUndefined();
  return response.data?.offender.learning.goals ?? [];
}

async function addGoal(token: string, person: string, title: string) {
  return supergraph.queryAs<{ addLearningGoal: Goal }>(token, ADD_GOAL, { input: goalInput(person, title) });
}

/** Adds a goal as staff of the person's prison, and returns it. */
async function goalAddedBy(caseload: string, person: string, title: string): Promise<Goal> {
  const staff = await supergraph.tokenFor('prison-staff', { caseload });
  const added = await addGoal(staff, person, title);
  expect(added.errors).toBeUndefined();
  if (!added.data) throw new Error(`no goal added for ${person}`);
  return added.data.addLearningGoal;
}

function expectOutsideCaseload(response: { data?: unknown; errors?: { extensions?: unknown }[] }) {
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'OUTSIDE_CASELOAD' });
  expect(response.data ?? null).toBeNull();
}

describe('goals in the plan are changed only by staff whose caseload holds the person', () => {
  it('refuses a goal from staff of another prison, and writes nothing', async () => {
    const before = await goalsOf(prisonNumber);
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: neverHeld });
    expectOutsideCaseload(await addGoal(elsewhere, prisonNumber, 'Goal from the wrong prison'));
    expect(await goalsOf(prisonNumber)).toEqual(before);
  });

  it('refuses a step update from staff of another prison, and leaves the step as it was', async () => {
    const goal = await goalAddedBy(prison, prisonNumber, 'Learn to cook');
    const [first] = goal.steps;
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: neverHeld });
    expectOutsideCaseload(
      await supergraph.queryAs(elsewhere, UPDATE_STEP, { input: { stepId: first?.id, status: 'COMPLETED' } }),
    );
    const stored = (await goalsOf(prisonNumber)).find((candidate) => candidate.id === goal.id);
    expect(stored?.steps.map((step) => step.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('lets staff of the prison holding the person add a goal and move its steps on', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: `${neverHeld},${prison}` });
    const added = await addGoal(staff, prisonNumber, 'Level 1 maths');
    expect(added.errors).toBeUndefined();
    const goal = added.data?.addLearningGoal;
    const updated = await supergraph.queryAs(staff, UPDATE_STEP, {
      input: { stepId: goal?.steps[1]?.id, status: 'COMPLETED' },
    });
    expect(updated.errors).toBeUndefined();
    const stored = (await goalsOf(prisonNumber)).find((candidate) => candidate.id === goal?.id);
    expect(stored).toMatchObject({ title: 'Level 1 maths' });
    expect(stored?.steps.map((step) => step.status)).toEqual(['ACTIVE', 'COMPLETED']);
  });

  it('after a transfer, leaves the plan to the prison now holding the person', async () => {
    const transfer = await supergraph.pnomis.system.database.db
      .selectFrom('movement')
      .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
      .select(['booking.prisonNumber', 'movement.fromLocation', 'booking.prisonCode'])
      .where('movement.type', '=', 'TRANSFER')
      .where('booking.active', '=', 1)
      .whereRef('movement.fromLocation', '<>', 'booking.prisonCode')
      .orderBy('booking.prisonNumber')
      .executeTakeFirstOrThrow();
    const before = await goalsOf(transfer.prisonNumber);
    const former = await supergraph.tokenFor('prison-staff', { caseload: transfer.fromLocation });
    expectOutsideCaseload(await addGoal(former, transfer.prisonNumber, 'Goal from the former prison'));
    expect(await goalsOf(transfer.prisonNumber)).toEqual(before);

    const goal = await goalAddedBy(transfer.prisonCode, transfer.prisonNumber, 'Barista course');
    expectOutsideCaseload(
      await supergraph.queryAs(former, UPDATE_STEP, {
        input: { stepId: goal.steps[0]?.id, status: 'COMPLETED' },
      }),
    );
  });

  it('after release, leaves the plan to the prison that last held the person', async () => {
    const { db } = supergraph.pnomis.system.database;
    const released = await db
      .selectFrom('booking')
      .select(['prisonNumber', 'prisonCode'])
      .where('active', '=', 0)
      .where(
        'prisonNumber',
        'not in',
        db.selectFrom('booking').select('prisonNumber').where('active', '=', 1),
      )
      .orderBy('prisonNumber')
      .orderBy('beganOn', 'desc')
      .executeTakeFirstOrThrow();
    const other = ['LEI', 'MDI', 'BMI', 'WWI', 'SWI'].find((code) => code !== released.prisonCode) ?? '';
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: other });
    const before = await goalsOf(released.prisonNumber);
    expectOutsideCaseload(await addGoal(elsewhere, released.prisonNumber, 'Goal from another prison'));
    expect(await goalsOf(released.prisonNumber)).toEqual(before);

    const goal = await goalAddedBy(released.prisonCode, released.prisonNumber, 'Find a college course');
    expectOutsideCaseload(
      await supergraph.queryAs(elsewhere, UPDATE_STEP, {
        input: { stepId: goal.steps[0]?.id, status: 'COMPLETED' },
      }),
    );
    const stored = (await goalsOf(released.prisonNumber)).find((candidate) => candidate.id === goal.id);
    expect(stored?.steps.map((step) => step.status)).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('does not limit by prison a caller without a caseload', async () => {
    const unlimited = await supergraph.tokenFor('offender-manager', {
      scopes: 'custody:read education:read education:write',
    });
    const added = await addGoal(unlimited, prisonNumber, 'Goal set without a caseload');
    expect(added.errors).toBeUndefined();
    const updated = await supergraph.queryAs(unlimited, UPDATE_STEP, {
      input: { stepId: added.data?.addLearningGoal.steps[0]?.id, status: 'COMPLETED' },
    });
    expect(updated.errors).toBeUndefined();
  });
});
