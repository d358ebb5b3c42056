import { endOfBusinessDay, type JourneyEvent } from '@lib/journey/journeyEvent';
import { findPrison } from '@lib/reference/prisonRegister';
import type {
  CourseEnrolmentTable,
  InductionTable,
  QualificationTable,
  SkillsAssessmentTable,
  WorkActivityTable,
} from './learningTables';

type Enrolment = Pick<
  CourseEnrolmentTable,
  'courseCode' | 'courseName' | 'prisonCode' | 'startedOn' | 'endedOn' | 'status' | 'outcomeGrade'
>;
type Qualification = Pick<QualificationTable, 'subject' | 'level' | 'grade' | 'awardedOn' | 'awardingBody'>;
type Assessment = Pick<SkillsAssessmentTable, 'area' | 'level' | 'assessedOn' | 'prisonCode'>;
type Induction = Pick<InductionTable, 'inductedOn' | 'prisonCode'>;
type Work = Pick<WorkActivityTable, 'title' | 'prisonCode' | 'startedOn' | 'endedOn' | 'endReason'>;

/** The parts of a learner record that make journey events. */
export interface LearningEventSources {
  enrolments: readonly Enrolment[];
  qualifications: readonly Qualification[];
  assessments: readonly Assessment[];
  induction: Induction | null;
  work: readonly Work[];
}

const level = (value: string) => value.replace('LEVEL_', 'level ').replace('ENTRY_LEVEL', 'entry level');
const prisonName = (code: string) => findPrison(code)?.name ?? code;

const endReason = (reason: string) => reason.toLowerCase().replaceAll('_', ' ');

/**
 * The journey events of a learner record: enrolments and their ends, qualifications, assessments, the induction,
 * and allocations to work and their ends. All are EDUCATION events: the skills record is one strand of the journey.
 */
export function learningEvents(
  prisonNumber: string,
  { enrolments, qualifications, assessments, induction, work }: LearningEventSources,
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
    ...(induction
      ? [
          event(
            induction.inductedOn,
            `Induction to education and work at ${prisonName(induction.prisonCode)}`,
          ),
        ]
      : []),
    ...work.flatMap((allocation) => [
      event(
        allocation.startedOn,
        `Started work as ${allocation.title} at ${prisonName(allocation.prisonCode)}`,
      ),
      ...(allocation.endedOn
        ? [
            event(
              allocation.endedOn,
              `Stopped work as ${allocation.title}${allocation.endReason ? ` (${endReason(allocation.endReason)})` : ''}`,
            ),
          ]
        : []),
    ]),
  ];
}
