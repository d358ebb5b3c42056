import { type FigureTable, publishFigures } from '@lib/statistics/disclosureControl';
import { QUALIFICATION_LEVELS } from './learningStore';

/** An enrolment as the figures count it: where, whose, how it stands, and the level of what it leads to. */
export interface EnrolmentRecord {
  prisonCode: string;
  prisonNumber: string;
  status: string;
  /** The level of the qualification an accredited course leads to; null for a course that is not accredited. */
  qualificationLevel: string | null;
}

/** A qualification awarded: its level, to whom, and where (null: gained outside prison). */
export interface QualificationRecord {
  level: string;
  prisonNumber: string;
  prisonCode: string | null;
}

/** A functional-skills assessment: whose, in what, at which level, when and where. */
export interface AssessmentRecord {
  prisonNumber: string;
  area: string;
  level: string;
  assessedOn: string;
  prisonCode: string;
}

/** Rows grouped by a key, in key order. */
export function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export const people = (rows: readonly { prisonNumber: string }[]) => rows.map((row) => row.prisonNumber);

const NOT_ACCREDITED = '-';
const OUTSIDE_PRISON = '-';
const rank = (level: string) => QUALIFICATION_LEVELS.indexOf(level as (typeof QUALIFICATION_LEVELS)[number]);
const byLevel = ([a]: [string, unknown], [b]: [string, unknown]) => rank(a) - rank(b);

/**
 * Enrolments and completions by prison and the level the course leads to, in the table with their prison's
 * totals (each prison's enrolments, completions and those not completed are the sums over its levels).
 */
export function coursesByPrisonAndLevel(table: FigureTable, enrolments: readonly EnrolmentRecord[]) {
  const groups = groupBy(enrolments, (row) => row.prisonCode).map(([prisonCode, rows]) => {
    const levels = groupBy(rows, (row) => row.qualificationLevel ?? NOT_ACCREDITED).sort(byLevel);
    for (const [level, atLevel] of levels) {
      const key = `${prisonCode}:${level}`;
      table.cell(`enrolled:${key}`, people(atLevel));
      table.cell(`completed:${key}`, people(atLevel.filter((row) => row.status === 'COMPLETED')));
      table.hiddenCell(`notCompleted:${key}`, people(atLevel.filter((row) => row.status !== 'COMPLETED')));
      table.line(`enrolled:${key}`, [`completed:${key}`, `notCompleted:${key}`]);
    }
    for (const figure of ['enrolled', 'completed', 'notCompleted']) {
      table.line(
        `${figure}:${prisonCode}`,
        levels.map(([level]) => `${figure}:${prisonCode}:${level}`),
      );
    }
    return { prisonCode, levels };
  });
  return (withheld: ReadonlySet<string>) =>
    groups.flatMap(({ prisonCode, levels }) =>
      levels.map(([level, rows]) => ({
        prisonCode,
        level: level === NOT_ACCREDITED ? null : level,
        ...publishFigures(
          { enrolments: rows.length, completions: rows.filter((row) => row.status === 'COMPLETED').length },
          { enrolments: `enrolled:${prisonCode}:${level}`, completions: `completed:${prisonCode}:${level}` },
          withheld,
        ),
      })),
    );
}

/** Qualifications by prison (or outside prison) and level, in the table with each level's national total. */
export function qualificationsByPrisonAndLevel(
  table: FigureTable,
  qualifications: readonly QualificationRecord[],
) {
  const levels = groupBy(qualifications, (row) => row.level).sort(byLevel);
  const cells = levels.map(([level, rows]) => {
    const prisons = groupBy(rows, (row) => row.prisonCode ?? OUTSIDE_PRISON);
    for (const [prisonCode, atPrison] of prisons)
      table.cell(`awarded:${prisonCode}:${level}`, people(atPrison));
    table.line(
      `level:${level}`,
      prisons.map(([prisonCode]) => `awarded:${prisonCode}:${level}`),
    );
    return { level, prisons };
  });
  return (withheld: ReadonlySet<string>) =>
    cells
      .flatMap(({ level, prisons }) =>
        prisons.map(([prisonCode, rows]) => ({
          prisonCode: prisonCode === OUTSIDE_PRISON ? null : prisonCode,
          level,
          ...publishFigures({ awarded: rows.length }, `awarded:${prisonCode}:${level}`, withheld),
        })),
      )
      .sort(
        (a, b) => (a.prisonCode ?? '~').localeCompare(b.prisonCode ?? '~') || rank(a.level) - rank(b.level),
      );
}

/** How a person's latest assessment in an area compares with their first. */
function progressOf(
  first: AssessmentRecord,
  latest: AssessmentRecord,
): 'improved' | 'unchanged' | 'declined' {
  const change = rank(latest.level) - rank(first.level);
  return change > 0 ? 'improved' : change < 0 ? 'declined' : 'unchanged';
}

/**
 * Progress between assessments: the people assessed more than once in an area, by the prison of their first
 * assessment, the area and the level it found, and how many of them reached a higher level at their latest,
 * the same, or a lower one (the three add up to those assessed).
 */
export function assessmentProgress(table: FigureTable, assessments: readonly AssessmentRecord[]) {
  const repeated = groupBy(assessments, (row) => `${row.prisonNumber}|${row.area}`).flatMap(([, rows]) => {
    if (rows.length < 2) return [];
    const ordered = [...rows].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
    const first = ordered[0] as AssessmentRecord;
    return [{ ...first, progress: progressOf(first, ordered[ordered.length - 1] as AssessmentRecord) }];
  });
  const groups = groupBy(repeated, (row) => `${row.prisonCode}:${row.area}:${row.level}`);
  for (const [key, rows] of groups) {
    table.cell(`assessed:${key}`, people(rows));
    for (const progress of ['improved', 'unchanged', 'declined'] as const) {
      table.cell(`${progress}:${key}`, people(rows.filter((row) => row.progress === progress)));
    }
    table.line(`assessed:${key}`, [`improved:${key}`, `unchanged:${key}`, `declined:${key}`]);
  }
  return (withheld: ReadonlySet<string>) =>
    groups.map(([key, rows]) => {
      const count = (progress: string) => rows.filter((row) => row.progress === progress).length;
      const first = rows[0] as AssessmentRecord;
      return {
        prisonCode: first.prisonCode,
        area: first.area,
        startingLevel: first.level,
        ...publishFigures(
          {
            assessed: rows.length,
            improved: count('improved'),
            unchanged: count('unchanged'),
            declined: count('declined'),
          },
          {
            assessed: `assessed:${key}`,
            improved: `improved:${key}`,
            unchanged: `unchanged:${key}`,
            declined: `declined:${key}`,
          },
          withheld,
        ),
      };
    });
}
