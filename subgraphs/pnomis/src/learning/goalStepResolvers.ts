import type { Resolvers } from '../generated/resolvers';
import type { Selectable } from 'kysely';
import { refused } from '@lib/graphql/errors';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import type { GoalStepTable } from './learningTables';

/** Steps towards goals in the learning and work plan: education staff move each one on as it is done. */
export const goalStepResolvers: Resolvers = {
  GoalStep: {
    id: (row: Selectable<GoalStepTable>) => String(row.stepId),
  },
  Mutation: {
    updateGoalStepStatus: async (
      _parent,
      { input }: { input: { stepId: string; status: GoalStepTable['status'] } },
      context: PnomisContext,
    ) => {
      const id = Number(input.stepId);
      const step = Number.isInteger(id) ? await context.store.findStep(id) : undefined;
      const goal = step ? await context.store.findGoal(step.goalId) : undefined;
      if (!goal) throw refused('STEP_NOT_FOUND', `No goal step ${input.stepId}`);
      // Checked before the write: staff outside the person's caseload must not change their plan.
      await requireHeldInCaseload(goal.prisonNumber, context);
      if (!(await context.store.updateStepStatus(id, input.status))) {
        throw refused('STEP_NOT_FOUND', `No goal step ${input.stepId}`);
      }
      disclose(context, goal.prisonNumber);
      return goal;
    },
  },
};
