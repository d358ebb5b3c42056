import { endOfBusinessDay, type JourneyEvent } from '@lib/journey/journeyEvent';
import { findPrison } from '@lib/reference/prisonRegister';
import type { CourseEnrolmentTable, QualificationTable, SkillsAssessmentTable } from './learningTables';

type Enrolment = Pick<
  CourseEnrolmentTable,
  'courseCode' | 'courseName' | 'prisonCode' | 'startedOn' | 'endedOn' | 'status' | 'outcomeGrade'
>;
type Qualification = Pick<QualificationTable, 'subject' | 'level' | 'grade' | 'awardedOn' | 'awardingBody'>;
type Assessment = Pick<SkillsAssessmentTable, 'area' | 'level' | 'assessedOn' | 'prisonCode'>;

const level = (value: string) => value.replace('LEVEL_', 'level ').replace('ENTRY_LEVEL', 'entry level');
const prisonName = (code: string) => findPrison(code)?.name ?? code;

/** The journey events of a learner record: enrolments and their ends, qualifications, assessments. */
export function learningEvents(
  prisonNumber: string,
  enrolments: readonly Enrolment[],
  qualifications: readonly Qualification[],
  assessments: readonly Assessment[],
): JourneyEvent[] {
  const event = (date: string, summary: string): JourneyEvent => ({
    occurredAt: endOfBusinessDay(date),
    system: 'PNOMIS',
    kind: 'EDUCATION',
    reference: prisonNumber,
    summary,
  });
  return [
    ...enrolments.flatMap((enrolment) => [
      event(
        enrolment.startedOn,
        `Enrolled on ${enrolment.courseName} at ${prisonName(enrolment.prisonCode)}`,
      ),
      ...(enrolment.endedOn
        ? [
            event(
              enrolment.endedOn,
              enrolment.status === 'COMPLETED'
                ? `Completed ${enrolment.courseName}${enrolment.outcomeGrade ? ` (${enrolment.outcomeGrade})` : ''}`
                : `Withdrew from ${enrolment.courseName}`,
            ),
          ]
        : []),
    ]),
    ...qualifications.map((qualification) =>
      event(
        qualification.awardedOn,
        `Awarded ${qualification.subject} at ${level(qualification.level)}${qualification.grade ? `, grade ${qualification.grade}` : ''} (${qualification.awardingBody})`,
      ),
    ),
    ...assessments.map((assessment) =>
      event(
        assessment.assessedOn,
        `Assessed at ${level(assessment.level)} in ${assessment.area.toLowerCase()}`,
      ),
    ),
  ];
}
