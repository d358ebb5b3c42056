import { createHash } from 'node:crypto';
import { Faker, en_GB, en, base } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import { seedLearningPlans } from './learningPlans';

/** The courses run, each accredited one with the qualification it leads to: subject, level, awarding body. */
const COURSES = [
  ['ENG-FS-L1', 'Functional Skills English Level 1', ['English', 'LEVEL_1', 'Pearson']],
  ['MAT-FS-L1', 'Functional Skills Maths Level 1', ['Mathematics', 'LEVEL_1', 'City & Guilds']],
  ['MAT-FS-L2', 'Functional Skills Maths Level 2', ['Mathematics', 'LEVEL_2', 'City & Guilds']],
  ['DIG-ESS', 'Essential Digital Skills', ['Digital Skills', 'ENTRY_LEVEL', 'NCFE']],
  ['CSCS-L1', 'Health and Safety in a Construction Environment', ['Construction Skills', 'LEVEL_1', 'CITB']],
  ['FH-L2', 'Food Hygiene Level 2', ['Food Safety', 'LEVEL_2', 'Highfield']],
  ['BAR-L2', 'Barbering Level 2', ['Barbering', 'LEVEL_2', 'VTCT']],
  ['WLD-L1', 'Welding Level 1', ['Welding', 'LEVEL_1', 'City & Guilds']],
  ['PEER-MENT', 'Peer Mentoring', null],
  [
    'OU-OPEN',
    'Open University Access Module',
    ['Access to Higher Education', 'LEVEL_3', 'The Open University'],
  ],
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
      const [courseCode, courseName, leadsTo] = faker.helpers.arrayElement(COURSES);
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
        accredited: leadsTo ? 1 : 0,
        funding: faker.helpers.arrayElement(['PRISON_EDUCATION_FRAMEWORK', 'ADULT_SKILLS_FUND'] as const),
        qualificationSubject: leadsTo?.[0] ?? null,
        qualificationLevel: leadsTo?.[1] ?? null,
        awardingBody: leadsTo?.[2] ?? null,
      });
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
    // Half are assessed again later in custody (in English and maths, the induction's two assessments, the last
    // two written): most reach the level they had or the next one up.
    for (const first of assessments.slice(-2)) {
      if (faker.number.float() >= 0.5) continue;
      const from = LEVELS.indexOf(first.level as (typeof LEVELS)[number]);
      const step = faker.helpers.arrayElement([-1, 0, 0, 1, 1, 1]);
      assessments.push({
        ...first,
        level: LEVELS[Math.min(LEVELS.length - 1, Math.max(0, from + step))] ?? first.level,
        assessedOn: on(0.6),
      });
    }
  }
  const awarded = await db.transaction().execute(async (transaction) => {
    for (const [table, rows] of [
      ['courseEnrolment', enrolments],
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
    // Each accredited course completed awarded its qualification, verified, where and when it was completed.
    const completed = await transaction
      .selectFrom('courseEnrolment')
      .selectAll()
      .where('status', '=', 'COMPLETED')
      .where('accredited', '=', 1)
      .orderBy('enrolmentId')
      .execute();
    const qualifications = completed.map((enrolment): Insertable<PnomisTables['qualification']> => ({
      prisonNumber: enrolment.prisonNumber,
      subject: enrolment.qualificationSubject ?? enrolment.courseName,
      level: enrolment.qualificationLevel ?? 'ENTRY_LEVEL',
      grade: enrolment.outcomeGrade,
      awardedOn: enrolment.endedOn ?? enrolment.plannedEndOn,
      awardingBody: enrolment.awardingBody ?? 'Unknown',
      verification: 'VERIFIED',
      prisonCode: enrolment.prisonCode,
      enrolmentId: enrolment.enrolmentId,
    }));
    for (let start = 0; start < qualifications.length; start += 500) {
      await transaction
        .insertInto('qualification')
        .values(qualifications.slice(start, start + 500))
        .execute();
    }
    return qualifications.length;
  });
  const plans = await seedLearningPlans(db, seed, asOf);
  return enrolments.length + awarded + assessments.length + work.length + plans;
}
