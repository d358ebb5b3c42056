import { figureTable, publishFigures } from '@lib/statistics/disclosureControl';
import { QUALIFICATION_LEVELS } from './learningStore';

/** What the figures count: an enrolment, where and whose, and how it stands. */
export interface EnrolmentRecord {
  prisonCode: string;
  prisonNumber: string;
  status: string;
}

/** A qualification awarded, and to whom. */
export interface QualificationRecord {
  level: string;
  prisonNumber: string;
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

const people = (rows: readonly { prisonNumber: string }[]) => rows.map((row) => row.prisonNumber);

/**
 * Enrolments and completions by establishment, and qualifications by level, for analysts: counts of records,
 * each withheld when it is about 1 to 4 people (counted by prison number), and completions withheld where
 * enrolments less completions would count 1 to 4 people (lib/statistics/disclosureControl).
 */
export function educationStatistics(
  enrolments: readonly EnrolmentRecord[],
  qualifications: readonly QualificationRecord[],
) {
  const byPrison = [...groupBy(enrolments, (row) => row.prisonCode)].sort(([a], [b]) => a.localeCompare(b));
  const byLevel = groupBy(qualifications, (row) => row.level);
  const levels = QUALIFICATION_LEVELS.filter((level) => byLevel.has(level));
  const table = figureTable();
  for (const [prisonCode, rows] of byPrison) {
    const completed = rows.filter((row) => row.status === 'COMPLETED');
    table.cell(`enrolled:${prisonCode}`, people(rows));
    table.cell(`completed:${prisonCode}`, people(completed));
    table.hiddenCell(`notCompleted:${prisonCode}`, people(rows.filter((row) => row.status !== 'COMPLETED')));
    table.line(`enrolled:${prisonCode}`, [`completed:${prisonCode}`, `notCompleted:${prisonCode}`]);
  }
  for (const level of levels) table.cell(`level:${level}`, people(byLevel.get(level) ?? []));
  const withheld = table.withheld();
  return {
    courses: byPrison.map(([prisonCode, rows]) => ({
      prisonCode,
      ...publishFigures(
        { enrolments: rows.length, completions: rows.filter((row) => row.status === 'COMPLETED').length },
        { enrolments: `enrolled:${prisonCode}`, completions: `completed:${prisonCode}` },
        withheld,
      ),
    })),
    qualifications: levels.map((level) => ({
      level,
      ...publishFigures({ awarded: byLevel.get(level)?.length ?? 0 }, `level:${level}`, withheld),
    })),
  };
}
