import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { careersOperation as registered } from './support/learningDocuments';

type Manifest = Awaited<ReturnType<typeof seededDataDir>>['manifest'];

let supergraph: RunningSupergraph;
let manifest: Manifest;
let sample: { pncId: string; prisonNumber: string };
let prison: string;
let neverHeld: string;

const ENROL = /* GraphQL */ `
  #graphql
  mutation Enrol($input: CourseEnrolmentInput!) {
    enrolOnCourse(input: $input) {
      id
      courseName
      status
      prison {
        code
      }
    }
  }
`;
const END = /* GraphQL */ `
  #graphql
  mutation End($input: CourseEndInput!) {
    endCourse(input: $input) {
      status
      endedOn
      outcomeGrade
    }
  }
`;

beforeAll(async () => {
  const seeded = await seededDataDir();
  manifest = seeded.manifest;
  const first = manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(seeded.dataDir);
  const booking = await supergraph.pnomis.system.database.db
    .selectFrom('booking')
    .select('prisonCode')
    .where('prisonNumber', '=', sample.prisonNumber)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  prison = booking.prisonCode;
  const held = await supergraph.pnomis.system.store.prisonsEverHeld(sample.prisonNumber);
  neverHeld = ['LEI', 'MDI', 'BMI', 'WWI'].find((code) => !held.has(code)) ?? 'SWI';
});

afterAll(() => supergraph.stop());

const enrolment = (overrides: Record<string, unknown> = {}) => ({
  prisonNumber: sample.prisonNumber,
  courseCode: 'MAT-FS-L2',
  courseName: 'Functional Skills Maths Level 2',
  prisonCode: prison,
  startedOn: '2026-09-01',
  plannedEndOn: '2026-10-15',
  accredited: true,
  funding: 'PRISON_EDUCATION_FRAMEWORK',
  leadsTo: { subject: 'Mathematics', level: 'LEVEL_2', awardingBody: 'City & Guilds' },
  ...overrides,
});

describe('prison education staff recording learning', () => {
  it('enrol a prisoner, record the completion with its grade, and see it in the record and the timeline', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const enrolled = await supergraph.queryAs<{ enrolOnCourse: { id: string; status: string } }>(
      staff,
      ENROL,
      {
        input: enrolment(),
      },
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data?.enrolOnCourse.status).toBe('IN_PROGRESS');
    const id = enrolled.data?.enrolOnCourse.id;
    const ended = await supergraph.queryAs(staff, END, {
      input: { enrolmentId: id, status: 'COMPLETED', endedOn: '2026-10-14', outcomeGrade: 'Merit' },
    });
    expect(ended.data).toEqual({
      endCourse: { status: 'COMPLETED', endedOn: '2026-10-14', outcomeGrade: 'Merit' },
    });
    const again = await supergraph.queryAs(staff, END, {
      input: { enrolmentId: id, status: 'COMPLETED', endedOn: '2026-10-14' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('COURSE_ALREADY_ENDED');

    const manager = await supergraph.tokenFor('offender-manager');
    const journey = await supergraph.queryAs<{ offender: { timeline: { kind: string; summary: string }[] } }>(
      manager,
      'query ($p: ID) { offender(prisonNumber: $p) { timeline { kind summary } } }',
      { p: sample.prisonNumber },
    );
    expect(journey.data?.offender.timeline).toContainEqual({
      kind: 'EDUCATION',
      summary: 'Completed Functional Skills Maths Level 2 (Merit)',
    });
  });

  it('refuse to end a course for staff whose caseload does not include the prison it is at, and leave it running', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const enrolled = await supergraph.queryAs<{ enrolOnCourse: { id: string } }>(staff, ENROL, {
      input: enrolment({ courseCode: 'ENG-FS-L1', courseName: 'Functional Skills English Level 1' }),
    });
    expect(enrolled.errors).toBeUndefined();
    const enrolmentId = enrolled.data?.enrolOnCourse.id;
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: neverHeld });
    const refusedEnd = await supergraph.queryAs(elsewhere, END, {
      input: { enrolmentId, status: 'WITHDRAWN', endedOn: '2026-10-14' },
    });
    expect(refusedEnd.errors?.[0]?.extensions?.code).toBe('OUTSIDE_CASELOAD');
    const stored = await supergraph.pnomis.system.database.db
      .selectFrom('courseEnrolment')
      .select(['status', 'endedOn'])
      .where('enrolmentId', '=', Number(enrolmentId))
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'IN_PROGRESS', endedOn: null });
  });

  it.each([
    [
      'a completion before its start',
      { startedOn: '2026-09-01', plannedEndOn: '2026-08-01' },
      'END_BEFORE_START',
    ],
    [
      'a course at a prison that never held the prisoner',
      () => ({ prisonCode: neverHeld }),
      'OUTSIDE_CASELOAD',
    ],
    ['an unknown prisoner', { prisonNumber: 'Z9999ZZ' }, 'PRISONER_NOT_FOUND'],
    ['a malformed prison code', { prisonCode: 'LEEDS' }, 'BAD_USER_INPUT'],
  ])('refuse %s with a clear code', async (_case, overrides, code) => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const input = enrolment(typeof overrides === 'function' ? overrides() : overrides);
    const response = await supergraph.queryAs(staff, ENROL, { input });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data).toBeNull();
  });

  it('refuse a course at a prison that never held the prisoner, even for staff whose caseload includes it', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: `${prison},${neverHeld}` });
    const response = await supergraph.queryAs(staff, ENROL, { input: enrolment({ prisonCode: neverHeld }) });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_HELD_AT_PRISON');
  });

  it('refuse a level that does not exist', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const response = await supergraph.queryAs(
      staff,
      'mutation ($p: ID!) { recordSkillsAssessment(input: { prisonNumber: $p, area: MATHS, level: LEVEL_9, assessedOn: "2026-10-01", prisonCode: "LEI" }) { level } }',
      { p: sample.prisonNumber },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('cannot be done without education:write (court staff)', async () => {
    const token = await supergraph.tokenFor('court-staff');
    const response = await supergraph.queryAs(token, ENROL, { input: enrolment() });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});

describe('a record across a transfer', () => {
  it('keeps learning recorded at the prison before the transfer, whole, after it', async () => {
    const db = supergraph.pnomis.system.database.db;
    const transfer = await db
      .selectFrom('movement')
      .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
      .select(['booking.prisonNumber', 'booking.prisonCode', 'movement.fromLocation', 'movement.occurredAt'])
      .where('movement.type', '=', 'TRANSFER')
      .where('booking.active', '=', 1)
      .executeTakeFirstOrThrow();
    const before = transfer.occurredAt.slice(0, 10);
    // Staff covering both prisons: the first prison's own no longer see the person once transferred.
    const staff = await supergraph.tokenFor('prison-staff', {
      caseload: `${transfer.fromLocation},${transfer.prisonCode}`,
    });
    const enrolled = await supergraph.queryAs(staff, ENROL, {
      input: enrolment({
        prisonNumber: transfer.prisonNumber,
        prisonCode: transfer.fromLocation,
        courseCode: 'BAR-L2',
        courseName: 'Barbering Level 2',
        startedOn: before,
        plannedEndOn: before,
      }),
    });
    expect(enrolled.errors).toBeUndefined();
    const careers = await supergraph.tokenFor('careers-service');
    const record = await supergraph.queryAs<{
      offender: { learning: { courses: { courseCode: string; prison: { name: string } }[] } };
    }>(careers, registered('CareersLearnerRecord'), { prisonNumber: transfer.prisonNumber });
    expect(record.data?.offender.learning.courses.map((course) => course.courseCode)).toContain('BAR-L2');
  });
});

describe('the careers service', () => {
  type Record = { offender: { learning: { courses: unknown[]; assessments: unknown[] } | null } };

  it("reads a released person's record in full, through its registered operation", async () => {
    const token = await supergraph.tokenFor('careers-service');
    const released = manifest.samples.releasedWithConfiscation.map((person) => person.prisonNumber);
    const records = await Promise.all(
      released.map((prisonNumber) =>
        supergraph.queryAs<Record>(token, registered('CareersLearnerRecord'), { prisonNumber }),
      ),
    );
    for (const response of records) expect(response.errors).toBeUndefined();
    const withHistory = records.filter(
      (response) => (response.data?.offender.learning?.assessments.length ?? 0) > 0,
    );
    expect(withHistory.length).toBeGreaterThan(0);
  });

  it('lists people released in a period with a qualification at or above a level, for job matching', async () => {
    const token = await supergraph.tokenFor('careers-service');
    const response = await supergraph.queryAs<{
      releasedLearners: {
        prisonNumber: string;
        releasedOn: string;
        learning: {
          qualifications: { level: string }[];
          induction: { intentionsOnRelease: string[]; workInterests: { sector: string }[] } | null;
        };
      }[];
    }>(token, registered('CareersReleasedLearners'), {
      releasedFrom: '2024-11-01',
      releasedTo: '2026-11-01',
      minimumLevel: 'LEVEL_2',
    });
    expect(response.errors).toBeUndefined();
    const people = response.data?.releasedLearners ?? [];
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(person.releasedOn >= '2024-11-01' && person.releasedOn <= '2026-11-01').toBe(true);
      expect(person.learning.qualifications.some((q) => ['LEVEL_2', 'LEVEL_3'].includes(q.level))).toBe(true);
    }
    const inducted = people.filter((person) => person.learning.induction !== null);
    expect(inducted.length).toBeGreaterThan(0);
    for (const { learning } of inducted) {
      expect(learning.induction?.intentionsOnRelease.length).toBeGreaterThan(0);
      expect(learning.induction?.workInterests.length).toBeGreaterThan(0);
    }
  });
});

describe('analysts', () => {
  it('see enrolments by establishment as the store counts them, every establishment listed, withheld ones said so', async () => {
    const token = await supergraph.tokenFor('analyst');
    const response = await supergraph.queryAs<{
      educationStatistics: {
        courses: { prison: { code: string }; enrolments: number | null; suppressed: boolean }[];
        qualifications: { level: string; awarded: number | null; suppressed: boolean }[];
      };
    }>(
      token,
      '{ educationStatistics { courses { prison { code } enrolments completions suppressed } qualifications { level awarded suppressed } } }',
    );
    expect(response.errors).toBeUndefined();
    const stored = await supergraph.pnomis.system.database.db
      .selectFrom('courseEnrolment')
      .select('prisonCode')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('prisonCode')
      .orderBy('prisonCode')
      .execute();
    const courses = response.data?.educationStatistics.courses ?? [];
    expect(courses.map((row) => row.prison.code)).toEqual(stored.map((row) => row.prisonCode));
    for (const [index, row] of courses.entries()) {
      if (row.enrolments === null) expect(row.suppressed).toBe(true);
      else expect(row.enrolments).toBe(Number(stored[index]?.n));
    }
    expect(JSON.stringify(response.data)).not.toMatch(/[A-Z]\d{4}[A-Z]{2}/);
  });
});
