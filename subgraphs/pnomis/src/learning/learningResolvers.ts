import type { Resolvers } from '../generated/resolvers';
import { badUserInput } from '@lib/graphql/errors';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import type { OffenderIdentity } from '../services/offenderIdentity';
import { educationStatistics } from './educationStatistics';
import { learningEvents } from './learningEvents';
import { prisonRef, requireEstablishment, requirePrisoner, today } from './learningRequests';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import { isReleased, requireLearningReadable } from './recordAfterRelease';
import type { Selectable } from 'kysely';
import type { CourseEnrolmentTable, LearningGoalTable, SkillsAssessmentTable } from './learningTables';
import { requireGoalText, requireNotBefore, requireNotInFuture, requireNotInPast } from './learningRules';
import { inductionResolvers } from './inductionResolvers';
import { workAllocationResolvers } from './workAllocationResolvers';
import { goalStepResolvers } from './goalStepResolvers';
import { releasedLearnerResolvers } from './releasedLearnerResolvers';
import { sharingConsentResolvers } from './sharingConsentResolvers';
import { accreditation, type AccreditationInput, qualificationResolvers } from './qualificationResolvers';
import { mergeResolverMaps } from '@lib/graphql/mergeResolverMaps';

async function eventsOf(prisonNumber: string, context: PnomisContext) {
  const [enrolments, qualifications, assessments, induction, work] = await Promise.all([
    context.learning.enrolments.load(prisonNumber),
    context.learning.qualifications.load(prisonNumber),
    context.learning.assessments.load(prisonNumber),
    context.learning.induction.load(prisonNumber),
    context.learning.work.load(prisonNumber),
  ]);
  return learningEvents(prisonNumber, { enrolments, qualifications, assessments, induction, work });
}

/** Learning events of an offender, for the merged timeline: only for callers who may read education records. */
export async function learningEventsForTimeline(offender: OffenderIdentity, context: PnomisContext) {
  if (!offender.record || !context.caller?.scopes.has('education:read')) return [];
  // After release the record is for the careers service and probation alone, in the timeline as elsewhere.
  if (
    !context.caller.scopes.has('education:released') &&
    (await isReleased(offender.record.prisonNumber, context))
  )
    return [];
  return eventsOf(offender.record.prisonNumber, context);
}

/**
 * Resolvers of the education, training and skills record. The record is keyed by prison number, not booking, so
 * it stays whole across transfers and after release; the careers service reads it with education:read alone.
 * Prison staff read it, as the custody record, only for people their caseload holds (OUTSIDE_CASELOAD otherwise).
 */
const learnerRecordResolvers: Resolvers = {
  Offender: {
    learning: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return null;
      await requireLearningReadable(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return { prisonNumber: offender.record.prisonNumber };
    },
    educationEvents: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return [];
      await requireLearningReadable(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return eventsOf(offender.record.prisonNumber, context);
    },
  },
  LearnerRecord: {
    courses: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.enrolments.load(prisonNumber),
    qualifications: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.qualifications.load(prisonNumber),
    assessments: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.assessments.load(prisonNumber),
    goals: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.goals.load(prisonNumber),
    workActivities: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.work.load(prisonNumber),
  },
  CourseEnrolment: {
    id: (row: Selectable<CourseEnrolmentTable>) => String(row.enrolmentId),
    prison: (row: CourseEnrolmentTable) => prisonRef(row.prisonCode),
    accredited: (row: CourseEnrolmentTable) => row.accredited === 1,
  },
  SkillsAssessment: {
    prison: (row: SkillsAssessmentTable) => prisonRef(row.prisonCode),
    learningNeeds: (row: SkillsAssessmentTable) =>
      row.learningNeeds.split('\n').filter((need) => need !== ''),
  },
  LearningGoal: {
    id: (row: Selectable<LearningGoalTable>) => String(row.goalId),
    steps: (row: Selectable<LearningGoalTable>, _args, context: PnomisContext) =>
      context.learning.steps.load(row.goalId),
  },
  WorkActivity: {
    prison: (row: { prisonCode: string }) => prisonRef(row.prisonCode),
  },
  Query: {
    educationStatistics: async (_parent, _args, context: PnomisContext) => {
      const figures = educationStatistics(await context.store.statisticsRecords());
      const withPrison = <Row extends { prisonCode: string | null }>({ prisonCode, ...row }: Row) => ({
        prison: prisonCode === null ? null : prisonRef(prisonCode),
        ...row,
      });
      return {
        courses: figures.courses.map(withPrison),
        qualifications: figures.qualifications,
        coursesByPrisonAndLevel: figures.coursesByPrisonAndLevel.map(withPrison),
        qualificationsByPrisonAndLevel: figures.qualificationsByPrisonAndLevel.map(withPrison),
        assessmentProgress: figures.assessmentProgress.map(withPrison),
      };
    },
  },
  Mutation: {
    enrolOnCourse: async (_parent, { input }: { input: EnrolmentInput }, context: PnomisContext) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      const prisonCode = await requireEstablishment(input.prisonCode, prisonNumber, context);
      requireNotBefore(input.startedOn, input.plannedEndOn, 'The planned end');
      if (!input.courseCode.trim() || !input.courseName.trim())
        throw badUserInput('A course needs a code and a name', 'courseCode');
      const leadsTo = accreditation(input.accredited, input.leadsTo);
      disclose(context, prisonNumber);
      return context.store.insertEnrolment({
        prisonNumber,
        prisonCode,
        courseCode: input.courseCode.trim(),
        courseName: input.courseName.trim(),
        startedOn: input.startedOn,
        plannedEndOn: input.plannedEndOn,
        endedOn: null,
        status: 'IN_PROGRESS',
        outcomeGrade: null,
        accredited: input.accredited ? 1 : 0,
        funding: input.funding,
        ...leadsTo,
      });
    },
    recordSkillsAssessment: async (
      _parent,
      { input }: { input: AssessmentInput },
      context: PnomisContext,
    ) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      const prisonCode = await requireEstablishment(input.prisonCode, prisonNumber, context);
      requireNotInFuture(input.assessedOn, today(), 'assessedOn');
      disclose(context, prisonNumber);
      return context.store.insertAssessment({
        prisonNumber,
        prisonCode,
        area: input.area,
        level: input.level,
        assessedOn: input.assessedOn,
        learningNeeds: input.learningNeeds
          .map((need) => need.trim())
          .filter(Boolean)
          .join('\n'),
      });
    },
    addLearningGoal: async (
      _parent,
      { input }: { input: { prisonNumber: string; title: string; reviewOn: string; steps: string[] } },
      context: PnomisContext,
    ) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      await requireHeldInCaseload(prisonNumber, context);
      requireGoalText(input.title, input.steps);
      requireNotInPast(input.reviewOn, today(), 'reviewOn');
      disclose(context, prisonNumber);
      return context.store.insertGoal(
        {
          prisonNumber,
          title: input.title.trim(),
          status: 'ACTIVE',
          reviewOn: input.reviewOn,
          createdOn: today(),
        },
        input.steps.map((step) => step.trim()),
      );
    },
  },
};

/** Every resolver of the education, training and skills record, the plan and work in prison included. */
export const learningResolvers = mergeResolverMaps(
  learnerRecordResolvers,
  inductionResolvers,
  workAllocationResolvers,
  goalStepResolvers,
  qualificationResolvers,
  releasedLearnerResolvers,
  sharingConsentResolvers,
);

interface EnrolmentInput {
  prisonNumber: string;
  courseCode: string;
  courseName: string;
  prisonCode: string;
  startedOn: string;
  plannedEndOn: string;
  accredited: boolean;
  funding: CourseEnrolmentTable['funding'];
  leadsTo?: AccreditationInput | null;
}

interface AssessmentInput {
  prisonNumber: string;
  area: SkillsAssessmentTable['area'];
  level: string;
  assessedOn: string;
  prisonCode: string;
  learningNeeds: string[];
}
