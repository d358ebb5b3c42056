import type { GraphQLResponse, RunningSupergraph } from '../support/startSupergraph';
import { caseloadSystem, type CaseloadSubject, type CaseloadSubjects } from '../support/caseloadSubjects';
import {
  ADD_GOAL,
  END_WORK,
  RECORD_INDUCTION,
  RECORD_WORK,
  daysFromToday,
  inductionInput,
} from './support/learningDocuments';

let supergraph: RunningSupergraph;
let subjects: CaseloadSubjects;

beforeAll(async () => {
  ({ supergraph, subjects } = await caseloadSystem());
});

afterAll(() => supergraph.stop());

const staffOf = (caseload: string) => supergraph.tokenFor('prison-staff', { caseload });

const READ = /* GraphQL */ `
  #graphql
  query Read($p: ID) {
    offender(prisonNumber: $p) {
      learning {
        courses {
          courseName
        }
        assessments {
          learningNeeds
        }
        goals {
          title
        }
        induction {
          intentionsOnRelease
        }
      }
      educationEvents {
        summary
      }
      custody {
        status
      }
      visits {
        reference
      }
    }
  }
`;
type ReadData = { offender: Record<'learning' | 'educationEvents' | 'custody' | 'visits', unknown> };

/** The paths refused with OUTSIDE_CASELOAD, and whether any other error came back. */
function refusals(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? [])
    .map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`)
    .sort();
}

function expectRefused(response: GraphQLResponse<unknown>, field: string) {
  expect(response.data ?? null).toBeNull();
  expect(refusals(response)).toEqual([`${field} OUTSIDE_CASELOAD`]);
}

/** What P-Nomis holds of a person's learning, read past the graph, to show that a refusal wrote nothing. */
async function learningRows(prisonNumber: string) {
  const { db } = supergraph.pnomis.system.database;
  const tables = [
    'courseEnrolment',
    'skillsAssessment',
    'induction',
    'workActivity',
    'learningGoal',
  ] as const;
  return Promise.all(
    tables.map((table) =>
      db.selectFrom(table).selectAll().where('prisonNumber', '=', prisonNumber).execute(),
    ),
  );
}

describe('staff whose caseload does not hold the person reading the record', () => {
  it.each([
    ['a prisoner held elsewhere', 'inCustody'],
    ['a prisoner transferred away from the caseload', 'transferred'],
    ['a released prisoner last held at another prison', 'released'],
  ] as const)(
    'are refused the education record, its events, custody and visits of %s',
    async (_case, shape) => {
      const subject = subjects[shape];
      const response = await supergraph.queryAs<ReadData>(await staffOf(subject.elsewhere), READ, {
        p: subject.prisonNumber,
      });
      expect(response.data?.offender).toEqual({
        learning: null,
        educationEvents: null,
        custody: null,
        visits: null,
      });
      expect(refusals(response)).toEqual([
        'offender.custody OUTSIDE_CASELOAD',
        'offender.educationEvents OUTSIDE_CASELOAD',
        'offender.learning OUTSIDE_CASELOAD',
        'offender.visits OUTSIDE_CASELOAD',
      ]);
    },
  );

  it('are refused everything with an empty caseload, and find no one', async () => {
    const { inCustody } = subjects;
    const nobody = await supergraph.tokenFor('prison-staff', { caseload: '' });
    const read = await supergraph.queryAs<ReadData>(nobody, READ, { p: inCustody.prisonNumber });
    expect(read.data?.offender).toEqual({
      learning: null,
      educationEvents: null,
      custody: null,
      visits: null,
    });
    // Released people are the careers service's and probation's to search, never prison staff's.
    const released = await supergraph.queryAs<{ releasedLearners: unknown[] }>(nobody, RELEASED, WIDE_PERIOD);
    expect(released.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('refuse the staff of the prison that last held a released person the record, though they see the custody', async () => {
    const { released } = subjects;
    const response = await supergraph.queryAs<ReadData>(await staffOf(released.establishment), READ, {
      p: released.prisonNumber,
    });
    expect(response.data?.offender.learning).toBeNull();
    expect(response.data?.offender.custody).toEqual({ status: 'RELEASED' });
    expect(refusals(response)).toEqual([
      'offender.educationEvents RECORD_CLOSED_AFTER_RELEASE',
      'offender.learning RECORD_CLOSED_AFTER_RELEASE',
    ]);
    // Probation still reads it (the careers service too: tests/learning/afterRelease.test.ts).
    const read = await supergraph.queryAs<{ offender: { learning: unknown } }>(
      await supergraph.tokenFor('offender-manager'),
      'query ($p: ID) { offender(prisonNumber: $p) { learning { prisonNumber } } }',
      { p: released.prisonNumber },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.offender.learning).toEqual({ prisonNumber: released.prisonNumber });
  });
});

const SEARCH = /* GraphQL */ `
  #graphql
  query Search($lastName: String!, $dateOfBirth: Date!) {
    prisonersByNameAndDateOfBirth(lastName: $lastName, dateOfBirth: $dateOfBirth) {
      prisonNumber
      learning {
        courses {
          courseName
        }
      }
    }
  }
`;

const PRISONERS = /* GraphQL */ `
  #graphql
  query Prisoners($code: ID!) {
    prison(code: $code) {
      prisoners {
        prisonNumber
        learning {
          prisonNumber
        }
      }
    }
  }
`;

const RELEASED = /* GraphQL */ `
  #graphql
  query Released($from: Date!, $to: Date!) {
    releasedLearners(releasedFrom: $from, releasedTo: $to, first: 200) {
      prisonNumber
      learning {
        qualifications {
          subject
        }
      }
    }
  }
`;
const WIDE_PERIOD = { from: '1990-01-01', to: '2099-12-31' };

describe('the other ways to a learner record', () => {
  it('a search by name finds no one outside the caseload, so reaches no learning; inside, it does', async () => {
    const { inCustody } = subjects;
    const person = await supergraph.pnomis.system.database.db
      .selectFrom('offender')
      .select(['lastName', 'dateOfBirth'])
      .where('prisonNumber', '=', inCustody.prisonNumber)
      .executeTakeFirstOrThrow();
    const search = async (caseload: string) =>
      supergraph.queryAs<{ prisonersByNameAndDateOfBirth: { prisonNumber: string; learning: unknown }[] }>(
        await staffOf(caseload),
        SEARCH,
        person,
      );
    const outside = await search(inCustody.elsewhere);
    expect(outside.errors).toBeUndefined();
    expect(outside.data?.prisonersByNameAndDateOfBirth.map((found) => found.prisonNumber)).not.toContain(
      inCustody.prisonNumber,
    );
    const inside = await search(inCustody.establishment);
    const found = inside.data?.prisonersByNameAndDateOfBirth.find(
      (one) => one.prisonNumber === inCustody.prisonNumber,
    );
    expect(found?.learning).not.toBeNull();
  });

  it("the list of a prison's prisoners is refused outside the caseload, and inside it gives only their own records", async () => {
    const { inCustody } = subjects;
    const outside = await supergraph.queryAs(await staffOf(inCustody.elsewhere), PRISONERS, {
      code: inCustody.establishment,
    });
    expect(JSON.stringify(outside.data ?? null)).not.toContain(inCustody.prisonNumber);
    expect(refusals(outside)).toEqual(['prison.prisoners OUTSIDE_CASELOAD']);
    const inside = await supergraph.queryAs<{
      prison: { prisoners: { prisonNumber: string; learning: { prisonNumber: string } | null }[] };
    }>(await staffOf(inCustody.establishment), PRISONERS, { code: inCustody.establishment });
    expect(inside.errors).toBeUndefined();
    const prisoners = inside.data?.prison.prisoners ?? [];
    expect(prisoners.map((prisoner) => prisoner.prisonNumber)).toContain(inCustody.prisonNumber);
    for (const prisoner of prisoners) expect(prisoner.learning?.prisonNumber).toBe(prisoner.prisonNumber);
  });

  it('releasedLearners is refused to prison staff, whatever their caseload, and answers probation', async () => {
    const everyone = await supergraph.queryAs<{ releasedLearners: { prisonNumber: string }[] }>(
      await supergraph.tokenFor('offender-manager'),
      RELEASED,
      WIDE_PERIOD,
    );
    expect(everyone.errors).toBeUndefined();
    const all = everyone.data?.releasedLearners.map((learner) => learner.prisonNumber) ?? [];
    expect(all.length).toBeGreaterThan(0);
    const caseload = (await establishmentsOf(all)).get(all[0] ?? '') ?? '';
    const staff = await supergraph.queryAs<{ releasedLearners: { prisonNumber: string }[] | null }>(
      await staffOf(caseload),
      RELEASED,
      WIDE_PERIOD,
    );
    expect(staff.data?.releasedLearners ?? null).toBeNull();
    expect(staff.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });
});

/** Each person's establishment, read past the graph: the prison of the active booking, or of the latest. */
async function establishmentsOf(prisonNumbers: string[]): Promise<Map<string, string>> {
  const bookings = await supergraph.pnomis.system.database.db
    .selectFrom('booking')
    .select(['prisonNumber', 'prisonCode'])
    .where('prisonNumber', 'in', prisonNumbers)
    .orderBy('active', 'desc')
    .orderBy('beganOn', 'desc')
    .orderBy('bookingId', 'desc')
    .execute();
  const establishments = new Map<string, string>();
  for (const booking of bookings) {
    if (!establishments.has(booking.prisonNumber))
      establishments.set(booking.prisonNumber, booking.prisonCode);
  }
  return establishments;
}

const ENROL = /* GraphQL */ `
  #graphql
  mutation Enrol($input: CourseEnrolmentInput!) {
    enrolOnCourse(input: $input) {
      id
    }
  }
`;
const END_COURSE = /* GraphQL */ `
  #graphql
  mutation EndCourse($input: CourseEndInput!) {
    endCourse(input: $input) {
      status
    }
  }
`;
const ASSESS = /* GraphQL */ `
  #graphql
  mutation Assess($input: SkillsAssessmentInput!) {
    recordSkillsAssessment(input: $input) {
      level
    }
  }
`;

describe('recording learning for a person the caseload does not hold', () => {
  /** A course and a job at the prison the person was transferred from, recorded by staff covering both. */
  async function recordedAtFormerPrison(subject: CaseloadSubject) {
    const both = await staffOf(`${subject.elsewhere},${subject.establishment}`);
    const enrolled = await supergraph.queryAs<{ enrolOnCourse: { id: string } }>(both, ENROL, {
      input: {
        prisonNumber: subject.prisonNumber,
        courseCode: 'CATER-L1',
        courseName: 'Catering Level 1',
        prisonCode: subject.elsewhere,
        startedOn: daysFromToday(-400),
        plannedEndOn: daysFromToday(-300),
        accredited: true,
        funding: 'PRISON_EDUCATION_FRAMEWORK',
        leadsTo: { subject: 'Catering', level: 'LEVEL_1', awardingBody: 'Highfield' },
      },
    });
    const allocated = await supergraph.queryAs<{ recordWorkAllocation: { id: string } }>(both, RECORD_WORK, {
      input: {
        prisonNumber: subject.prisonNumber,
        title: 'Laundry',
        prisonCode: subject.elsewhere,
        startedOn: daysFromToday(-400),
      },
    });
    expect([enrolled.errors, allocated.errors]).toEqual([undefined, undefined]);
    return {
      enrolmentId: enrolled.data?.enrolOnCourse.id,
      allocationId: allocated.data?.recordWorkAllocation.id,
    };
  }

  it.each([
    ['transferred away, by the staff of the prison that held them before', 'transferred'],
    ['released from another prison, by the staff of a prison that held them before', 'released'],
  ] as const)('refuses every learning mutation for a person %s, and writes nothing', async (_case, shape) => {
    const subject = subjects[shape];
    const { enrolmentId, allocationId } = await recordedAtFormerPrison(subject);
    const former = await staffOf(subject.elsewhere);
    const before = await learningRows(subject.prisonNumber);
    const person = subject.prisonNumber;
    const at = subject.elsewhere;
    const attempts: [string, string, Record<string, unknown>][] = [
      [
        'enrolOnCourse',
        ENROL,
        {
          prisonNumber: person,
          courseCode: 'X-1',
          courseName: 'Barista',
          prisonCode: at,
          startedOn: daysFromToday(-5),
          plannedEndOn: daysFromToday(30),
          accredited: false,
          funding: 'EMPLOYER',
        },
      ],
      ['endCourse', END_COURSE, { enrolmentId, status: 'WITHDRAWN', endedOn: daysFromToday(-1) }],
      [
        'recordSkillsAssessment',
        ASSESS,
        {
          prisonNumber: person,
          area: 'MATHS',
          level: 'LEVEL_1',
          assessedOn: daysFromToday(-2),
          prisonCode: at,
          learningNeeds: ['Dyscalculia'],
        },
      ],
      ['recordInduction', RECORD_INDUCTION, inductionInput(person, at)],
      [
        'recordWorkAllocation',
        RECORD_WORK,
        { prisonNumber: person, title: 'Kitchen orderly', prisonCode: at, startedOn: daysFromToday(-3) },
      ],
      ['endWorkAllocation', END_WORK, { allocationId, endedOn: daysFromToday(-1), reason: 'TRANSFERRED' }],
      [
        'addLearningGoal',
        ADD_GOAL,
        { prisonNumber: person, title: 'Level 2 English', reviewOn: daysFromToday(30), steps: ['Enrol'] },
      ],
    ];
    for (const [mutation, document, input] of attempts) {
      expectRefused(await supergraph.queryAs(former, document, { input }), mutation);
    }
    expect(await learningRows(subject.prisonNumber)).toEqual(before);
  });

  it('refuses a learning mutation from a token with an empty caseload', async () => {
    const { inCustody } = subjects;
    const nobody = await supergraph.tokenFor('prison-staff', { caseload: '' });
    const before = await learningRows(inCustody.prisonNumber);
    const input = {
      prisonNumber: inCustody.prisonNumber,
      title: 'Goal from nowhere',
      reviewOn: daysFromToday(30),
      steps: ['Start'],
    };
    expectRefused(await supergraph.queryAs(nobody, ADD_GOAL, { input }), 'addLearningGoal');
    expect(await learningRows(inCustody.prisonNumber)).toEqual(before);
  });
});
