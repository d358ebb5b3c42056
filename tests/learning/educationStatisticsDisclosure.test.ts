import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPnomis } from '../../subgraphs/pnomis/src/buildPnomis';
import { composedSchema } from '../access/support/offenderFieldProbes';
import { disclosureProblems } from '../statistics/support/publishedFigureChecks';
import { freshTestStores } from '../support/freshTestStores';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';

/** A prison number of its own for the n-th person. */
const person = (n: number) => `A${String(n).padStart(4, '0')}AA`;

/** Enrolments at a prison, one per person of `people` in turn, each ending as `status`. */
function enrolments(prisonCode: string, people: number[], status: 'COMPLETED' | 'WITHDRAWN') {
  return people.map((n, index) => ({
    prisonNumber: person(n),
    courseCode: `C${index}`,
    courseName: 'Functional skills English',
    prisonCode,
    startedOn: '2026-01-05',
    plannedEndOn: '2026-03-27',
    endedOn: '2026-03-27',
    status,
    outcomeGrade: null,
    accredited: 1,
    funding: 'PRISON_EDUCATION_FRAMEWORK' as const,
  }));
}

function qualifications(level: string, people: number[]) {
  return people.map((n) => ({
    prisonNumber: person(n),
    subject: 'Mathematics',
    level,
    grade: 'Pass',
    awardedOn: '2026-03-27',
    awardingBody: 'City & Guilds',
    verification: 'VERIFIED' as const,
  }));
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

let supergraph: RunningSupergraph;
let analyst: string;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-education-'));
  const pnomis = await buildPnomis(freshTestStores(dataDir).pnomis);
  await pnomis.database.db
    .insertInto('courseEnrolment')
    .values([
      // Leeds: ten people, eight completed, two withdrew.
      ...enrolments('LEI', range(1, 8), 'COMPLETED'),
      ...enrolments('LEI', range(9, 2), 'WITHDRAWN'),
      // Moorland: three people.
      ...enrolments('MDI', range(20, 3), 'COMPLETED'),
      // Humber: six enrolments, all one person's.
      ...enrolments('HMI', [30, 30, 30, 30, 30, 30], 'COMPLETED'),
      // Doncaster: twelve enrolments of six people, each one completed and one withdrawn.
      ...enrolments('DNI', range(40, 6), 'COMPLETED'),
      ...enrolments('DNI', range(40, 6), 'WITHDRAWN'),
    ])
    .execute();
  await pnomis.database.db
    .insertInto('qualification')
    .values([
      ...qualifications('LEVEL_1', range(1, 7)),
      ...qualifications('LEVEL_2', range(1, 2)),
      ...qualifications('LEVEL_3', [30, 30, 30, 30, 30]),
    ])
    .execute();
  // Assessed twice: six at Leeds in maths from entry level (three improved, two the same, one lower); seven at
  // Moorland in English from level 1 (five improved, two the same).
  const assessedTwice = (
    prisonCode: string,
    area: 'ENGLISH' | 'MATHS',
    from: string,
    later: string[],
    first: number,
  ) =>
    later.flatMap((level, index) => [
      {
        prisonNumber: person(first + index),
        area,
        level: from,
        assessedOn: '2026-01-10',
        prisonCode,
        learningNeeds: '',
      },
      {
        prisonNumber: person(first + index),
        area,
        level,
        assessedOn: '2026-06-10',
        prisonCode,
        learningNeeds: '',
      },
    ]);
  await pnomis.database.db
    .insertInto('skillsAssessment')
    .values([
      ...assessedTwice(
        'LEI',
        'MATHS',
        'ENTRY_LEVEL',
        ['LEVEL_1', 'LEVEL_1', 'LEVEL_2', 'ENTRY_LEVEL', 'ENTRY_LEVEL'],
        1,
      ),
      ...assessedTwice('LEI', 'MATHS', 'LEVEL_1', ['ENTRY_LEVEL'], 6),
      ...assessedTwice(
        'MDI',
        'ENGLISH',
        'LEVEL_1',
        ['LEVEL_2', 'LEVEL_2', 'LEVEL_2', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1', 'LEVEL_1'],
        20,
      ),
    ])
    .execute();
  await pnomis.close();
  supergraph = await startSupergraph(dataDir);
  analyst = await supergraph.tokenFor('analyst');
});

afterAll(() => supergraph.stop());

interface Statistics {
  courses: {
    prison: { code: string };
    enrolments: number | null;
    completions: number | null;
    suppressed: boolean;
  }[];
  qualifications: { level: string; awarded: number | null; suppressed: boolean }[];
}

async function statistics(): Promise<Statistics> {
  const response = await supergraph.queryAs<{ educationStatistics: Statistics }>(
    analyst,
    '{ educationStatistics { courses { prison { code } enrolments completions suppressed } qualifications { level awarded suppressed } } }',
  );
  expect(response.errors).toBeUndefined();
  const answer = response.data?.educationStatistics;
  if (!answer) throw new Error('no statistics');
  expect(disclosureProblems(composedSchema(), 'educationStatistics', answer)).toEqual([]);
  return answer;
}

const CROSS = /* GraphQL */ `
  #graphql
  {
    educationStatistics {
      coursesByPrisonAndLevel {
        prison {
          code
        }
        level
        enrolments
        completions
        suppressed
      }
      qualificationsByPrisonAndLevel {
        prison {
          code
        }
        level
        awarded
        suppressed
      }
      assessmentProgress {
        prison {
          code
        }
        area
        startingLevel
        assessed
        improved
        unchanged
        declined
        suppressed
      }
    }
  }
`;

describe('the education figures across establishment and level', () => {
  it('give each establishment’s courses by level, adding up to its totals, withheld as the totals are', async () => {
    const response = await supergraph.queryAs<{
      educationStatistics: { coursesByPrisonAndLevel: unknown[]; qualificationsByPrisonAndLevel: unknown[] };
    }>(analyst, CROSS);
    expect(response.errors).toBeUndefined();
    // The courses of the test are not accredited (no level), so each prison's one level is its total.
    expect(response.data?.educationStatistics.coursesByPrisonAndLevel).toEqual([
      { prison: { code: 'DNI' }, level: null, enrolments: 12, completions: 6, suppressed: false },
      { prison: { code: 'HMI' }, level: null, enrolments: null, completions: null, suppressed: true },
      { prison: { code: 'LEI' }, level: null, enrolments: 10, completions: null, suppressed: true },
      { prison: { code: 'MDI' }, level: null, enrolments: null, completions: null, suppressed: true },
    ]);
    // Gained outside prison (no establishment recorded): each level as its national total.
    expect(response.data?.educationStatistics.qualificationsByPrisonAndLevel).toEqual([
      { prison: null, level: 'LEVEL_1', awarded: 7, suppressed: false },
      { prison: null, level: 'LEVEL_2', awarded: null, suppressed: true },
      { prison: null, level: 'LEVEL_3', awarded: null, suppressed: true },
    ]);
    expect(
      disclosureProblems(composedSchema(), 'educationStatistics', response.data?.educationStatistics),
    ).toEqual([]);
  });

  it('give progress between assessments, withholding groups of 1 to 4 and the part that would give one away', async () => {
    const response = await supergraph.queryAs<{ educationStatistics: { assessmentProgress: unknown[] } }>(
      analyst,
      CROSS,
    );
    expect(response.data?.educationStatistics.assessmentProgress).toEqual([
      {
        prison: { code: 'LEI' },
        area: 'MATHS',
        startingLevel: 'ENTRY_LEVEL',
        assessed: 5,
        improved: null,
        unchanged: null,
        declined: 0,
        suppressed: true,
      },
      {
        prison: { code: 'LEI' },
        area: 'MATHS',
        startingLevel: 'LEVEL_1',
        assessed: null,
        improved: 0,
        unchanged: 0,
        declined: null,
        suppressed: true,
      },
      {
        prison: { code: 'MDI' },
        area: 'ENGLISH',
        startingLevel: 'LEVEL_1',
        assessed: 7,
        improved: null,
        unchanged: null,
        declined: 0,
        suppressed: true,
      },
    ]);
  });
});

describe('disclosure control of the education figures', () => {
  it('withholds a prison of three learners, and one whose six enrolments are one person’s, every prison listed', async () => {
    const { courses } = await statistics();
    expect(courses).toEqual([
      { prison: { code: 'DNI' }, enrolments: 12, completions: 6, suppressed: false },
      { prison: { code: 'HMI' }, enrolments: null, completions: null, suppressed: true },
      { prison: { code: 'LEI' }, enrolments: 10, completions: null, suppressed: true },
      { prison: { code: 'MDI' }, enrolments: null, completions: null, suppressed: true },
    ]);
  });

  it('withholds completions where enrolments less completions would count the two who withdrew', async () => {
    const leeds = (await statistics()).courses.find((course) => course.prison.code === 'LEI');
    expect(leeds).toEqual({ prison: { code: 'LEI' }, enrolments: 10, completions: null, suppressed: true });
  });

  it('withholds qualifications at a level awarded to fewer than 5 people, however many were awarded', async () => {
    expect((await statistics()).qualifications).toEqual([
      { level: 'LEVEL_1', awarded: 7, suppressed: false },
      { level: 'LEVEL_2', awarded: null, suppressed: true },
      { level: 'LEVEL_3', awarded: null, suppressed: true },
    ]);
  });
});
