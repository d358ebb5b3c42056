import type { Resolvers } from '../generated/resolvers';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import type { InductionTable } from './learningTables';
import { prisonRef, requireEstablishment, requirePrisoner, today } from './learningRequests';
import { requireNotInFuture, requireNotInPast } from './learningRules';
import {
  requireIntentions,
  requireMonthsWorked,
  requireQualificationSubjects,
  requireRoles,
} from './inductionRules';

interface InductionInput {
  prisonNumber: string;
  prisonCode: string;
  inductedOn: string;
  intentionsOnRelease: string[];
  workInterests: { sector: string; role?: string | null }[];
  previousWork: { sector: string; role?: string | null; months: number }[];
  highestEducationLevel: string;
  trainingBeforeCustody: string[];
  qualificationsBeforeCustody: { subject: string; level: string; grade?: string | null }[];
  nextReviewOn: string;
}

const list = (json: string): unknown[] => JSON.parse(json) as unknown[];

/**
 * The induction and the plan it sets. Education staff record it with education:write; it is one row per person,
 * replaced whole on update, and read as part of the learner record (so the careers service sees it after release).
 */
export const inductionResolvers: Resolvers = {
  LearnerRecord: {
    induction: ({ prisonNumber }: { prisonNumber: string }, _args, context: PnomisContext) =>
      context.learning.induction.load(prisonNumber),
  },
  Induction: {
    prison: (row: InductionTable) => prisonRef(row.prisonCode),
    intentionsOnRelease: (row: InductionTable) => list(row.intentionsOnRelease),
    workInterests: (row: InductionTable) => list(row.workInterests),
    previousWork: (row: InductionTable) => list(row.previousWork),
    trainingBeforeCustody: (row: InductionTable) => list(row.trainingBeforeCustody),
    qualificationsBeforeCustody: (row: InductionTable) => list(row.qualificationsBeforeCustody),
  },
  Mutation: {
    recordInduction: async (_parent, { input }: { input: InductionInput }, context: PnomisContext) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      const prisonCode = await requireEstablishment(input.prisonCode, prisonNumber, context);
      requireNotInFuture(input.inductedOn, today(), 'inductedOn');
      requireNotInPast(input.nextReviewOn, today(), 'nextReviewOn');
      const intentions = requireIntentions(input.intentionsOnRelease);
      const workInterests = requireRoles(input.workInterests, 'workInterests');
      const previousWork = requireRoles(input.previousWork, 'previousWork');
      requireMonthsWorked(previousWork);
      const qualifications = requireQualificationSubjects(input.qualificationsBeforeCustody);
      disclose(context, prisonNumber);
      return context.store.saveInduction({
        prisonNumber,
        prisonCode,
        inductedOn: input.inductedOn,
        updatedOn: today(),
        intentionsOnRelease: JSON.stringify(intentions),
        workInterests: JSON.stringify(workInterests.map(({ sector, role }) => ({ sector, role }))),
        previousWork: JSON.stringify(
          previousWork.map(({ sector, role, months }) => ({ sector, role, months })),
        ),
        highestEducationLevel: input.highestEducationLevel,
        trainingBeforeCustody: JSON.stringify([...new Set(input.trainingBeforeCustody)]),
        qualificationsBeforeCustody: JSON.stringify(
          qualifications.map(({ subject, level, grade }) => ({ subject, level, grade })),
        ),
        nextReviewOn: input.nextReviewOn,
      });
    },
  },
};
