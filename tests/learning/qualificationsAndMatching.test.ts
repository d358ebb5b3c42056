import { addPrisoners } from '../journey/support/prisoners';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { careersOperation as registered } from './support/learningDocuments';

let supergraph: RunningSupergraph;
let staff: string;
let careers: string;
/** Released in 2026 with known records: a strong match, a weaker one, one readmitted since, one matching nothing. */
let people: { strong: string; weak: string; readmitted: string; unmatched: string; inCustody: string };

const ENROL = /* GraphQL */ `
  #graphql
  mutation Enrol($input: CourseEnrolmentInput!) {
    enrolOnCourse(input: $input) {
      id
      leadsTo {
        subject
        level
        awardingBody
      }
    }
  }
`;
const END = /* GraphQL */ `
  #graphql
  mutation End($input: CourseEndInput!) {
    endCourse(input: $input) {
      status
    }
  }
`;
const RECORD = /* GraphQL */ `
  #graphql
  mutation Record($input: QualificationInput!) {
    recordQualification(input: $input) {
      subject
      level
      grade
      awardedOn
      awardingBody
      verification
      prison {
        code
      }
    }
  }
`;
const QUALIFICATIONS = /* GraphQL */ `
  #graphql
  query Qualifications($p: ID) {
    offender(prisonNumber: $p) {
      learning {
        qualifications {
          subject
          level
          grade
          awardedOn
          awardingBody
          verification
          prison {
            code
          }
        }
      }
    }
  }
`;

beforeAll(async () => {
  supergraph = await startSupergraph((await seededDataDir()).dataDir);
  const db = supergraph.pnomis.system.database.db;
  const person = (
    lastName: string,
    bookings: { prisonCode: string; beganOn: string; endedOn?: string }[],
  ) => ({
    firstName: 'Match',
    lastName,
    dateOfBirth: '1988-04-04',
    bookings,
  });
  const [strong, weak, readmitted, unmatched, inCustody] = await addPrisoners(db, [
    person('Strong', [{ prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-05-01' }]),
    person('Weak', [{ prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-06-01' }]),
    person('Readmitted', [
      { prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-04-01' },
      { prisonCode: 'LEI', beganOn: '2026-07-01' },
    ]),
    person('Unmatched', [{ prisonCode: 'LEI', beganOn: '2025-01-01', endedOn: '2026-05-15' }]),
    person('Held', [{ prisonCode: 'LEI', beganOn: '2025-01-01' }]),
  ]);
  people = {
    strong: strong ?? '',
    weak: weak ?? '',
    readmitted: readmitted ?? '',
    unmatched: unmatched ?? '',
    inCustody: inCustody ?? '',
  };
  const qualification = (prisonNumber: string, subject: string, level: string) => ({
    prisonNumber,
    subject,
    level,
    grade: 'Pass',
    awardedOn: '2025-06-01',
    awardingBody: 'City & Guilds',
    verification: 'VERIFIED' as const,
    prisonCode: 'LEI',
    enrolmentId: null,
  });
  await db
    .insertInto('qualification')
    .values([
      qualification(people.strong, 'Food Safety', 'LEVEL_3'),
      qualification(people.weak, 'Food Safety', 'LEVEL_2'),
      qualification(people.readmitted, 'Food Safety', 'LEVEL_3'),
      qualification(people.unmatched, 'Welding', 'ENTRY_LEVEL'),
    ])
    .execute();
  const assessment = (prisonNumber: string, level: string, assessedOn: string) => ({
    prisonNumber,
    area: 'MATHS' as const,
    level,
    assessedOn,
    prisonCode: 'LEI',
    learningNeeds: 'Dyscalculia',
  });
  await db
    .insertInto('skillsAssessment')
    .values([
      assessment(people.strong, 'ENTRY_LEVEL', '2025-01-10'),
      assessment(people.strong, 'LEVEL_2', '2026-01-10'),
      // The weak match was once at level 2, but the latest assessment is what counts.
      assessment(people.weak, 'LEVEL_2', '2025-01-10'),
      assessment(people.weak, 'LEVEL_1', '2026-01-10'),
    ])
    .execute();
  await db
    .insertInto('induction')
    .values({
      prisonNumber: people.strong,
      prisonCode: 'LEI',
      inductedOn: '2025-01-05',
      updatedOn: '2025-01-05',
      intentionsOnRelease: JSON.stringify(['EMPLOYMENT']),
      workInterests: JSON.stringify([{ sector: 'HOSPITALITY', role: 'Chef' }]),
      previousWork: '[]',
      highestEducationLevel: 'SECONDARY_SCHOOL_TOOK_EXAMS',
      trainingBeforeCustody: '[]',
      qualificationsBeforeCustody: '[]',
      nextReviewOn: '2025-07-05',
    })
    .execute();
  staff = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
  careers = await supergraph.tokenFor('careers-service');
});

afterAll(() => supergraph.stop());

describe('qualifications', () => {
  it('are awarded, verified, when an accredited course is completed, once however often it is ended', async () => {
    const enrolled = await supergraph.queryAs<{ enrolOnCourse: { id: string; leadsTo: unknown } }>(
      staff,
      ENROL,
      {
        input: {
          prisonNumber: people.inCustody,
          courseCode: 'FH-L2',
          courseName: 'Food Hygiene Level 2',
          prisonCode: 'LEI',
          startedOn: '2026-01-05',
          plannedEndOn: '2026-03-01',
          accredited: true,
          funding: 'PRISON_EDUCATION_FRAMEWORK',
          leadsTo: { subject: 'Food Safety', level: 'LEVEL_2', awardingBody: 'Highfield' },
        },
      },
    );
    expect(enrolled.data?.enrolOnCourse.leadsTo).toEqual({
      subject: 'Food Safety',
      level: 'LEVEL_2',
      awardingBody: 'Highfield',
    });
    const input = {
      enrolmentId: enrolled.data?.enrolOnCourse.id,
      status: 'COMPLETED',
      endedOn: '2026-02-27',
    };
    const ended = await Promise.all([
      supergraph.queryAs(staff, END, { input: { ...input, outcomeGrade: 'Distinction' } }),
      supergraph.queryAs(staff, END, { input: { ...input, outcomeGrade: 'Distinction' } }),
    ]);
    expect(ended.map((response) => response.errors?.[0]?.extensions?.code ?? 'ENDED').sort()).toEqual([
      'COURSE_ALREADY_ENDED',
      'ENDED',
    ]);
    const record = await supergraph.queryAs<{ offender: { learning: { qualifications: unknown[] } } }>(
      staff,
      QUALIFICATIONS,
      { p: people.inCustody },
    );
    expect(record.data?.offender.learning.qualifications).toEqual([
      {
        subject: 'Food Safety',
        level: 'LEVEL_2',
        grade: 'Distinction',
        awardedOn: '2026-02-27',
        awardingBody: 'Highfield',
        verification: 'VERIFIED',
        prison: { code: 'LEI' },
      },
    ]);
  });

  it('are recorded by staff, self-declared or verified, and refused when incomplete or in the future', async () => {
    const input = {
      prisonNumber: people.inCustody,
      subject: 'English Language',
      level: 'LEVEL_2',
      awardingBody: 'AQA',
      grade: '5',
      awardedOn: '2019-08-20',
      verification: 'SELF_DECLARED',
    };
    const recorded = await supergraph.queryAs<{ recordQualification: unknown }>(staff, RECORD, { input });
    expect(recorded.data?.recordQualification).toEqual({ ...input, prisonNumber: undefined, prison: null });
    const blank = await supergraph.queryAs(staff, RECORD, { input: { ...input, awardingBody: ' ' } });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const future = await supergraph.queryAs(staff, RECORD, { input: { ...input, awardedOn: '2099-01-01' } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const elsewhere = await supergraph.tokenFor('prison-staff', { caseload: 'MDI' });
    const outside = await supergraph.queryAs(elsewhere, RECORD, { input });
    expect(outside.errors?.[0]?.extensions?.code).toBe('OUTSIDE_CASELOAD');
    const notAccredited = await supergraph.queryAs(staff, ENROL, {
      input: {
        prisonNumber: people.inCustody,
        courseCode: 'PEER-MENT',
        courseName: 'Peer Mentoring',
        prisonCode: 'LEI',
        startedOn: '2026-01-05',
        plannedEndOn: '2026-03-01',
        accredited: false,
        funding: 'PRISON_EDUCATION_FRAMEWORK',
        leadsTo: { subject: 'Mentoring', level: 'LEVEL_1', awardingBody: 'NCFE' },
      },
    });
    expect(notAccredited.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

interface Match {
  prisonNumber: string;
  releasedOn: string;
  score: number;
  matchedOn: { kind: string; detail: string }[];
}

async function search(variables: Record<string, unknown>): Promise<Match[]> {
  const response = await supergraph.queryAs<{ releasedLearners: Match[] }>(
    careers,
    registered('CareersReleasedLearners'),
    { releasedFrom: '2026-01-01', releasedTo: '2026-06-30', first: 200, ...variables },
  );
  expect(response.errors).toBeUndefined();
  const ours = new Set(Object.values(people));
  return (response.data?.releasedLearners ?? []).filter((match) => ours.has(match.prisonNumber));
}

describe('the careers service’s search of people released', () => {
  it('matches on qualifications, skills levels and work interests, ranks the matches and says why', async () => {
    const matches = await search({
      minimumLevel: 'LEVEL_2',
      subject: 'food',
      skills: [{ area: 'MATHS', minimumLevel: 'LEVEL_2' }],
      workSectors: ['HOSPITALITY'],
    });
    expect(matches.map((match) => match.prisonNumber)).toEqual([people.strong, people.weak]);
    const [strong, weak] = matches;
    expect(strong?.matchedOn).toEqual([
      { kind: 'QUALIFICATION', detail: 'Food Safety at LEVEL_3 (City & Guilds, verified, 2025-06-01)' },
      { kind: 'SKILLS_ASSESSMENT', detail: 'MATHS assessed at LEVEL_2 on 2026-01-10 (latest)' },
      { kind: 'WORK_INTEREST', detail: 'Would like to work in HOSPITALITY as Chef' },
    ]);
    expect(weak?.matchedOn.map((reason) => reason.kind)).toEqual(['QUALIFICATION']);
    expect((strong?.score ?? 0) > (weak?.score ?? 0)).toBe(true);
  });

  it('does not count a person readmitted to prison as released, nor anyone in prison', async () => {
    const everyone = await search({});
    const found = everyone.map((match) => match.prisonNumber);
    expect(found).toEqual(expect.arrayContaining([people.strong, people.weak, people.unmatched]));
    expect(found).not.toContain(people.readmitted);
    expect(found).not.toContain(people.inCustody);
    expect(everyone.every((match) => match.matchedOn.length === 0 && match.score === 0)).toBe(true);
  });

  it('matches on a work interest alone, and refuses a negative offset', async () => {
    expect((await search({ workSectors: ['HOSPITALITY'] })).map((match) => match.prisonNumber)).toEqual([
      people.strong,
    ]);
    const response = await supergraph.queryAs(careers, registered('CareersReleasedLearners'), {
      releasedFrom: '2026-01-01',
      releasedTo: '2026-06-30',
      offset: -1,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
