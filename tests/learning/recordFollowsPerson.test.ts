import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import {
  RECORD_INDUCTION,
  RECORD_WORK,
  careersOperation,
  daysFromToday,
  inductionInput,
} from './support/learningDocuments';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  const seeded = await seededDataDir();
  supergraph = await startSupergraph(seeded.dataDir);
});

afterAll(() => supergraph.stop());

interface CareersRecord {
  offender: {
    prisonNumber: string;
    learning: {
      goals: { title: string; steps: { status: string }[] }[];
      workActivities: {
        title: string;
        prison: { name: string };
        endReason: string | null;
        payBand: number | null;
      }[];
      induction: {
        inductedOn: string;
        intentionsOnRelease: string[];
        workInterests: { sector: string; role: string | null }[];
        previousWork: { sector: string; role: string | null; months: number }[];
        highestEducationLevel: string;
        trainingBeforeCustody: string[];
        qualificationsBeforeCustody: { subject: string; level: string; grade: string | null }[];
        nextReviewOn: string;
      } | null;
    } | null;
  };
}

async function readAsCareersService(prisonNumber: string) {
  const token = await supergraph.tokenFor('careers-service');
  const response = await supergraph.queryAs<CareersRecord>(token, careersOperation('CareersLearnerRecord'), {
    prisonNumber,
  });
  expect(response.errors).toBeUndefined();
  const learning = response.data?.offender.learning;
  if (!learning) throw new Error(`no learner record for ${prisonNumber}`);
  return learning;
}

describe('the induction and work in prison follow the person', () => {
  it('across a transfer: what was recorded at the first prison stays whole beside what the second records', async () => {
    const transfer = await supergraph.pnomis.system.database.db
      .selectFrom('movement')
      .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
      .select(['booking.prisonNumber', 'movement.fromLocation', 'movement.toLocation', 'movement.occurredAt'])
      .where('movement.type', '=', 'TRANSFER')
      .where('booking.active', '=', 1)
      .orderBy('booking.prisonNumber')
      .executeTakeFirstOrThrow();
    const transferredOn = transfer.occurredAt.slice(0, 10);
    // What happened at the first prison is recorded by staff whose caseload covers both: the first prison's own
    // staff no longer see the person once transferred (tests/learning/learningCaseload.test.ts).
    const before = await supergraph.tokenFor('prison-staff', {
      caseload: `${transfer.fromLocation},${transfer.toLocation}`,
    });
    const after = await supergraph.tokenFor('prison-staff', { caseload: transfer.toLocation });

    const inducted = await supergraph.queryAs(before, RECORD_INDUCTION, {
      input: inductionInput(transfer.prisonNumber, transfer.fromLocation, { inductedOn: transferredOn }),
    });
    expect(inducted.errors).toBeUndefined();
    const first = await supergraph.queryAs(before, RECORD_WORK, {
      input: {
        prisonNumber: transfer.prisonNumber,
        title: 'Gardens party',
        prisonCode: transfer.fromLocation,
        startedOn: transferredOn,
        endedOn: transferredOn,
        endReason: 'TRANSFERRED',
        payBand: 2,
      },
    });
    expect(first.errors).toBeUndefined();
    const second = await supergraph.queryAs(after, RECORD_WORK, {
      input: {
        prisonNumber: transfer.prisonNumber,
        title: 'Recycling workshop',
        prisonCode: transfer.toLocation,
        startedOn: daysFromToday(-3),
      },
    });
    expect(second.errors).toBeUndefined();

    const learning = await readAsCareersService(transfer.prisonNumber);
    expect(learning.induction).toMatchObject({
      inductedOn: transferredOn,
      intentionsOnRelease: ['EMPLOYMENT', 'TRAINING'],
      previousWork: [{ sector: 'WAREHOUSING', role: 'Forklift driver', months: 30 }],
    });
    const titles = learning.workActivities.map((work) => [work.title, work.endReason]);
    expect(titles).toContainEqual(['Gardens party', 'TRANSFERRED']);
    expect(titles).toContainEqual(['Recycling workshop', null]);
  });

  it('after release: the careers service reads the seeded induction, goals and work in full, as the store holds them', async () => {
    const db = supergraph.pnomis.system.database.db;
    const released = await db
      .selectFrom('induction')
      .innerJoin('workActivity', 'workActivity.prisonNumber', 'induction.prisonNumber')
      .innerJoin('learningGoal', 'learningGoal.prisonNumber', 'induction.prisonNumber')
      .selectAll('induction')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('booking')
              .select('booking.bookingId')
              .whereRef('booking.prisonNumber', '=', 'induction.prisonNumber')
              .where('booking.active', '=', 1),
          ),
        ),
      )
      .orderBy('induction.prisonNumber')
      .executeTakeFirstOrThrow();
    const [work, goals] = await Promise.all([
      db
        .selectFrom('workActivity')
        .selectAll()
        .where('prisonNumber', '=', released.prisonNumber)
        .orderBy('startedOn')
        .execute(),
      db
        .selectFrom('learningGoal')
        .selectAll()
        .where('prisonNumber', '=', released.prisonNumber)
        .orderBy('goalId')
        .execute(),
    ]);

    const learning = await readAsCareersService(released.prisonNumber);
    expect(learning.induction).toEqual({
      inductedOn: released.inductedOn,
      intentionsOnRelease: JSON.parse(released.intentionsOnRelease) as unknown,
      workInterests: JSON.parse(released.workInterests) as unknown,
      previousWork: JSON.parse(released.previousWork) as unknown,
      highestEducationLevel: released.highestEducationLevel,
      trainingBeforeCustody: JSON.parse(released.trainingBeforeCustody) as unknown,
      qualificationsBeforeCustody: JSON.parse(released.qualificationsBeforeCustody) as unknown,
      nextReviewOn: released.nextReviewOn,
    });
    expect(
      learning.workActivities.map((activity) => [activity.title, activity.endReason, activity.payBand]),
    ).toEqual(work.map((row) => [row.title, row.endReason, row.payBand]));
    expect(learning.workActivities.every((activity) => activity.prison.name.length > 0)).toBe(true);
    expect(learning.goals.map((goal) => goal.title)).toEqual(goals.map((goal) => goal.title));
    expect(learning.goals.every((goal) => goal.steps.length > 0)).toBe(true);
  });
});

describe('seeded plans', () => {
  it('give an induction to most, not all, of the people with an education history, reviewed after induction', async () => {
    const db = supergraph.pnomis.system.database.db;
    const learners = await db
      .selectFrom('skillsAssessment')
      .select((eb) => eb.fn.count<number>('prisonNumber').distinct().as('people'))
      .executeTakeFirstOrThrow();
    const inductions = await db.selectFrom('induction').selectAll().execute();
    const share = inductions.length / Number(learners.people);
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.95);
    for (const induction of inductions) expect(induction.nextReviewOn > induction.inductedOn).toBe(true);
    const intentions = new Set(
      inductions.flatMap((induction) => JSON.parse(induction.intentionsOnRelease) as string[]),
    );
    expect(intentions.size).toBeGreaterThan(3);
  });
});
