import { createHash } from 'node:crypto';
import { Faker, en_GB, en, base } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import { seedLearningPlans } from './learningPlans';

const COURSES = [
  ['ENG-FS-L1', 'Functional Skills English Level 1', true],
  ['MAT-FS-L1', 'Functional Skills Maths Level 1', true],
  ['MAT-FS-L2', 'Functional Skills Maths Level 2', true],
  ['DIG-ESS', 'Essential Digital Skills', true],
  ['CSCS-L1', 'Health and Safety in a Construction Environment', true],
  ['FH-L2', 'Food Hygiene Level 2', true],
  ['BAR-L2', 'Barbering Level 2', true],
  ['WLD-L1', 'Welding Level 1', true],
  ['PEER-MENT', 'Peer Mentoring', false],
  ['OU-OPEN', 'Open University Access Module', true],
] as const;

const SUBJECTS = [
  ['English', 'Pearson'],
  ['Mathematics', 'City & Guilds'],
  ['Digital Skills', 'NCFE'],
  ['Food Safety', 'Highfield'],
  ['Construction Skills', 'CITB'],
  ['Business Administration', 'City & Guilds'],
] as const;

const WORK = [
  'Kitchen orderly',
  'Wing cleaner',
  'Laundry worker',
  'Gardens party',
  'Library orderly',
  'Recycling workshop',
];
const LEVELS = ['ENTRY_LEVEL', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3'] as const;
const NEEDS = ['Dyslexia', 'Attention deficit hyperactivity disorder', 'Visual impairment', 'Dyscalculia'];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A number from a prison number and the seed, so that each person's history is the same on every run. */
function personSeed(prisonNumber: string, seed: number): number {
  return createHash('sha256').update(`${seed}:${prisonNumber}`).digest().readUInt32BE(0);
}

/**
 * Writes education, training and skills histories for the people P-Nomis holds, deterministically from the seed:
 * about 60% of them have some record, studied at the prisons that held them, dated within their custody and
 * before `asOf`; four in five of them have an induction and most a goal or two (`seedLearningPlans`). The record
 * follows the person, so it remains after release and across transfers.
 */
export async function seedLearningHistories(
  db: Kysely<PnomisTables>,
  seed: number,
  asOf: string,
): Promise<number> {
  const faker = new Faker({ locale: [en_GB, en, base] });
  const bookings = await db
    .selectFrom('booking')
    .select(['prisonNumber', 'prisonCode', 'beganOn', 'endedOn'])
    .orderBy('prisonNumber')
    .execute();
  const enrolments: Insertable<PnomisTables['courseEnrolment']>[] = [];
  const qualifications: Insertable<PnomisTables['qualification']>[] = [];
  const assessments: Insertable<PnomisTables['skillsAssessment']>[] = [];
  const work: Insertable<PnomisTables['workActivity']>[] = [];
  for (const booking of bookings) {
    faker.seed(personSeed(booking.prisonNumber, seed));
    if (faker.number.float() > 0.6) continue;
    const last = booking.endedOn && booking.endedOn < asOf ? booking.endedOn : asOf;
    const span = Math.max(1, Math.round((Date.parse(last) - Date.parse(booking.beganOn)) / 86_400_000));
    const on = (fraction: number) => addDays(booking.beganOn, Math.min(span, Math.round(span * fraction)));
    const inducted = on(0.02);
    for (const area of ['ENGLISH', 'MATHS'] as const) {
      const needs = faker.number.float() < 0.15 ? [faker.helpers.arrayElement(NEEDS)] : [];
      assessments.push({
        prisonNumber: booking.prisonNumber,
        area,
        level: faker.helpers.arrayElement(LEVELS),
        assessedOn: inducted,
        prisonCode: booking.prisonCode,
        learningNeeds: needs.join('\n'),
      });
    }
    for (let index = 0; index < faker.number.int({ min: 1, max: 3 }); index += 1) {
      const [courseCode, courseName, accredited] = faker.helpers.arrayElement(COURSES);
      const startedOn = on(faker.number.float({ min: 0.05, max: 0.7 }));
      const plannedEndOn = addDays(startedOn, faker.number.int({ min: 30, max: 120 }));
      const finished = plannedEndOn <= last;
      const withdrawn = finished && faker.number.float() < 0.15;
      enrolments.push({
        prisonNumber: booking.prisonNumber,
        courseCode,
        courseName,
        prisonCode: booking.prisonCode,
        startedOn,
        plannedEndOn,
        endedOn: finished ? plannedEndOn : null,
        status: finished ? (withdrawn ? 'WITHDRAWN' : 'COMPLETED') : 'IN_PROGRESS',
        outcomeGrade:
          finished && !withdrawn ? faker.helpers.arrayElement(['Pass', 'Merit', 'Distinction']) : null,
        accredited: accredited ? 1 : 0,
        funding: faker.helpers.arrayElement(['PRISON_EDUCATION_FRAMEWORK', 'ADULT_SKILLS_FUND'] as const),
      });
      if (finished && !withdrawn && accredited) {
        const [subject, awardingBody] = faker.helpers.arrayElement(SUBJECTS);
        qualifications.push({
          prisonNumber: booking.prisonNumber,
          subject,
          level: faker.helpers.arrayElement(LEVELS),
          grade: null,
          awardedOn: plannedEndOn,
          awardingBody,
        });
      }
    }
    if (faker.number.float() < 0.5) {
      const startedOn = on(0.1);
      work.push({
        prisonNumber: booking.prisonNumber,
        title: faker.helpers.arrayElement(WORK),
        prisonCode: booking.prisonCode,
        startedOn,
        endedOn: booking.endedOn,
        endReason: booking.endedOn ? 'RELEASED' : null,
        payBand: faker.number.int({ min: 1, max: 6 }),
        hoursPerWeek: faker.helpers.arrayElement([15, 20, 25, 30]),
      });
    }
  }
  await db.transaction().execute(async (transaction) => {
    for (const [table, rows] of [
      ['courseEnrolment', enrolments],
      ['qualification', qualifications],
      ['skillsAssessment', assessments],
      ['workActivity', work],
    ] as const) {
      for (let start = 0; start < rows.length; start += 500) {
        await transaction
          .insertInto(table)
          .values(rows.slice(start, start + 500))
          .execute();
      }
    }
  });
  const plans = await seedLearningPlans(db, seed, asOf);
  return enrolments.length + qualifications.length + assessments.length + work.length + plans;
}
