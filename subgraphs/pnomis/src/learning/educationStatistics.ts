import { figureTable, publishFigures } from '@lib/statistics/disclosureControl';
import {
  type AssessmentRecord,
  assessmentProgress,
  coursesByPrisonAndLevel,
  type EnrolmentRecord,
  groupBy,
  people,
  type QualificationRecord,
  qualificationsByPrisonAndLevel,
} from './educationCrossFigures';
import { QUALIFICATION_LEVELS } from './learningStore';

export type { AssessmentRecord, EnrolmentRecord, QualificationRecord };

/**
 * Education figures for analysts, in one table under disclosure control (lib/statistics/disclosureControl):
 * enrolments and completions by establishment and by establishment and level, qualifications by level and by
 * establishment and level, and progress between assessments. Each count is withheld when it is about 1 to 4
 * people (counted by prison number), and so is any that with the others would give such a count away: a prison's
 * completions where its enrolments less completions count 1 to 4 people, a level's part of a prison's total.
 */
export function educationStatistics(records: {
  enrolments: readonly EnrolmentRecord[];
  qualifications: readonly QualificationRecord[];
  assessments: readonly AssessmentRecord[];
}) {
  const { enrolments, qualifications, assessments } = records;
  const byPrison = groupBy(enrolments, (row) => row.prisonCode);
  const byLevel = new Map(groupBy(qualifications, (row) => row.level));
  const levels = QUALIFICATION_LEVELS.filter((level) => byLevel.has(level));
  const table = figureTable();
  for (const [prisonCode, rows] of byPrison) {
    table.cell(`enrolled:${prisonCode}`, people(rows));
    table.cell(`completed:${prisonCode}`, people(rows.filter((row) => row.status === 'COMPLETED')));
    table.hiddenCell(`notCompleted:${prisonCode}`, people(rows.filter((row) => row.status !== 'COMPLETED')));
    table.line(`enrolled:${prisonCode}`, [`completed:${prisonCode}`, `notCompleted:${prisonCode}`]);
  }
  for (const level of levels) table.cell(`level:${level}`, people(byLevel.get(level) ?? []));
  const crossCourses = coursesByPrisonAndLevel(table, enrolments);
  const crossQualifications = qualificationsByPrisonAndLevel(table, qualifications);
  const progress = assessmentProgress(table, assessments);
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
    coursesByPrisonAndLevel: crossCourses(withheld),
    qualificationsByPrisonAndLevel: crossQualifications(withheld),
    assessmentProgress: progress(withheld),
  };
}
