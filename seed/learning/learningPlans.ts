import { createHash } from 'node:crypto';
import { Faker, en_GB, en, base } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';

/** Sectors of work, in the induction's vocabulary, with roles people name for them. */
const SECTOR_ROLES = {
  CONSTRUCTION: ['Labourer', 'Bricklayer', 'Plasterer', 'Scaffolder'],
  DRIVING: ['Delivery driver', 'HGV driver', 'Forklift driver'],
  HOSPITALITY: ['Chef', 'Kitchen porter', 'Bar staff'],
  WAREHOUSING: ['Warehouse operative', 'Picker and packer'],
  RETAIL: ['Sales assistant', 'Shelf stacker'],
  CLEANING_AND_MAINTENANCE: ['Cleaner', 'Maintenance operative'],
  OUTDOOR: ['Groundworker', 'Gardener', 'Farm hand'],
  MANUFACTURING: ['Machine operator', 'Welder'],
  OFFICE: ['Administrator', 'Call centre agent'],
  BEAUTY: ['Barber', 'Hairdresser'],
  TECHNICAL: ['IT support', 'Electrician'],
  SPORTS: ['Fitness instructor'],
  WASTE_MANAGEMENT: ['Recycling operative'],
} as const;
type Sector = keyof typeof SECTOR_ROLES;
const SECTORS = Object.keys(SECTOR_ROLES) as Sector[];

const INTENTIONS = [
  { weight: 55, value: ['EMPLOYMENT'] },
  { weight: 10, value: ['EMPLOYMENT', 'TRAINING'] },
  { weight: 8, value: ['SELF_EMPLOYMENT'] },
  { weight: 7, value: ['TRAINING'] },
  { weight: 6, value: ['FURTHER_EDUCATION'] },
  { weight: 2, value: ['VOLUNTEERING'] },
  { weight: 4, value: ['NOT_WORKING'] },
  { weight: 8, value: ['NOT_SURE'] },
];
const EDUCATION_LEVELS = [
  { weight: 8, value: 'PRIMARY_SCHOOL' },
  { weight: 30, value: 'SECONDARY_SCHOOL_LEFT_BEFORE_TAKING_EXAMS' },
  { weight: 35, value: 'SECONDARY_SCHOOL_TOOK_EXAMS' },
  { weight: 15, value: 'FURTHER_EDUCATION_COLLEGE' },
  { weight: 5, value: 'UNDERGRADUATE_DEGREE_AT_UNIVERSITY' },
  { weight: 1, value: 'POSTGRADUATE_DEGREE_AT_UNIVERSITY' },
  { weight: 6, value: 'NOT_SURE' },
];
const TRAINING = [
  'CSCS_CARD',
  'FIRST_AID_CERTIFICATE',
  'FOOD_HYGIENE_CERTIFICATE',
  'FULL_UK_DRIVING_LICENCE',
  'HEALTH_AND_SAFETY',
  'HGV_LICENCE',
  'MACHINERY_TICKETS',
  'MANUAL_HANDLING',
  'TRADE_COURSE',
];
const SCHOOL_QUALIFICATIONS = [
  { subject: 'GCSE English Language', level: 'LEVEL_2', grade: '4' },
  { subject: 'GCSE Mathematics', level: 'LEVEL_1', grade: '3' },
  { subject: 'GCSE Science', level: 'LEVEL_2', grade: 'C' },
  { subject: 'BTEC Construction', level: 'LEVEL_2', grade: 'Pass' },
  { subject: 'NVQ Hospitality', level: 'LEVEL_1', grade: null },
];
const GOALS = [
  ['Get a CSCS card before release', ['Complete health and safety training', 'Pass the CSCS test']],
  ['Improve maths to level 2', ['Finish Functional Skills Maths Level 1', 'Enrol on Maths Level 2']],
  [
    'Find work in a kitchen on release',
    ['Gain Food Hygiene Level 2', 'Work as kitchen orderly', 'Write a CV'],
  ],
  [
    'Build a CV and disclosure letter',
    ['Meet the careers adviser', 'Draft the CV', 'Draft the disclosure letter'],
  ],
  ['Apply for an Open University access module', ['Attend an information session', 'Submit the application']],
] as const;
const REVIEW_EVERY_DAYS = 182;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A number from a prison number and the seed, distinct from the histories' so either can change alone. */
const planSeed = (prisonNumber: string, seed: number) =>
  createHash('sha256').update(`plan:${seed}:${prisonNumber}`).digest().readUInt32BE(0);

/** The first six-monthly review after `from` (and after the induction itself). */
function nextReview(inductedOn: string, from: string): string {
  let review = addDays(inductedOn, REVIEW_EVERY_DAYS);
  while (review <= from) review = addDays(review, REVIEW_EVERY_DAYS);
  return review;
}

/**
 * Writes inductions and goals for about four in five of the people whose learning histories were seeded,
 * deterministically from the seed: the induction is dated at their first assessment (where induction
 * assessments happen) and its next review falls after their last day in custody or `asOf`.
 */
export async function seedLearningPlans(db: Kysely<PnomisTables>, seed: number, asOf: string) {
  const faker = new Faker({ locale: [en_GB, en, base] });
  const firstAssessments = await db
    .selectFrom('skillsAssessment')
    .select(['prisonNumber', 'prisonCode', 'assessedOn'])
    .orderBy('prisonNumber')
    .orderBy('assessedOn')
    .execute();
  const lastDays = new Map<string, string>();
  for (const booking of await db.selectFrom('booking').select(['prisonNumber', 'endedOn']).execute()) {
    const last = booking.endedOn && booking.endedOn < asOf ? booking.endedOn : asOf;
    if (last > (lastDays.get(booking.prisonNumber) ?? '')) lastDays.set(booking.prisonNumber, last);
  }
  const inductions: Insertable<PnomisTables['induction']>[] = [];
  const goals: Insertable<PnomisTables['learningGoal']>[] = [];
  /** Steps by prison number and goal title: a person's goals have distinct titles. */
  const steps = new Map<string, { title: string; status: 'ACTIVE' | 'COMPLETED' }[]>();
  for (const first of firstAssessments) {
    if (inductions.at(-1)?.prisonNumber === first.prisonNumber) continue;
    faker.seed(planSeed(first.prisonNumber, seed));
    if (faker.number.float() > 0.8) continue;
    const sectors = faker.helpers.arrayElements(SECTORS, { min: 1, max: 3 });
    const nextReviewOn = nextReview(first.assessedOn, lastDays.get(first.prisonNumber) ?? asOf);
    inductions.push({
      prisonNumber: first.prisonNumber,
      prisonCode: first.prisonCode,
      inductedOn: first.assessedOn,
      updatedOn: first.assessedOn,
      intentionsOnRelease: JSON.stringify(faker.helpers.weightedArrayElement(INTENTIONS)),
      workInterests: JSON.stringify(
        sectors.map((sector) => ({ sector, role: faker.helpers.arrayElement(SECTOR_ROLES[sector]) })),
      ),
      previousWork: JSON.stringify(
        faker.helpers.arrayElements(SECTORS, { min: 0, max: 3 }).map((sector) => ({
          sector,
          role: faker.helpers.arrayElement(SECTOR_ROLES[sector]),
          months: faker.number.int({ min: 2, max: 120 }),
        })),
      ),
      highestEducationLevel: faker.helpers.weightedArrayElement(EDUCATION_LEVELS),
      trainingBeforeCustody: JSON.stringify(faker.helpers.arrayElements(TRAINING, { min: 0, max: 3 })),
      qualificationsBeforeCustody: JSON.stringify(
        faker.helpers.arrayElements(SCHOOL_QUALIFICATIONS, { min: 0, max: 2 }),
      ),
      nextReviewOn,
    });
    for (const [title, stepTitles] of faker.helpers.arrayElements(GOALS, { min: 0, max: 2 })) {
      const done = faker.number.int({ min: 0, max: stepTitles.length });
      goals.push({
        prisonNumber: first.prisonNumber,
        title,
        status: done === stepTitles.length ? 'COMPLETED' : 'ACTIVE',
        reviewOn: nextReviewOn,
        createdOn: first.assessedOn,
      });
      steps.set(
        `${first.prisonNumber}:${title}`,
        stepTitles.map((step, index) => ({ title: step, status: index < done ? 'COMPLETED' : 'ACTIVE' })),
      );
    }
  }
  const stepCount = await db.transaction().execute(async (transaction) => {
    await insertInBatches(transaction, 'induction', inductions);
    await insertInBatches(transaction, 'learningGoal', goals);
    const saved = await transaction
      .selectFrom('learningGoal')
      .select(['goalId', 'prisonNumber', 'title'])
      .orderBy('goalId')
      .execute();
    const stepRows = saved.flatMap((goal) =>
      (steps.get(`${goal.prisonNumber}:${goal.title}`) ?? []).map((step, index) => ({
        goalId: goal.goalId,
        sequence: index + 1,
        ...step,
      })),
    );
    await insertInBatches(transaction, 'goalStep', stepRows);
    return stepRows.length;
  });
  return inductions.length + goals.length + stepCount;
}

async function insertInBatches<Table extends 'induction' | 'learningGoal' | 'goalStep'>(
  db: Kysely<PnomisTables>,
  table: Table,
  rows: Insertable<PnomisTables[Table]>[],
) {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + 500))
      .execute();
  }
}
