import type { Insertable } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';
import type { GoalStepTable, InductionTable } from './learningTables';
import { writeAnnounced } from '@lib/events/writeAnnounced';
import { recordLearningChange } from './learningAnnouncements';

/** The learning and work plan in the P-Nomis store: inductions, and the status of the steps towards goals. */
export function createLearningPlanStore({ db }: StoreDatabase<PnomisTables>) {
  return {
    findInductions: (prisonNumbers: readonly string[]) =>
      db.selectFrom('induction').selectAll().where('prisonNumber', 'in', prisonNumbers).execute(),

    /** Records an induction, or replaces the person's earlier one: there is one current plan per person. */
    saveInduction: (induction: Insertable<InductionTable>) =>
      writeAnnounced(
        db,
        (trx) =>
          trx
            .insertInto('induction')
            .values(induction)
            .onConflict((conflict) =>
              conflict.column('prisonNumber').doUpdateSet((eb) => ({
                prisonCode: eb.ref('excluded.prisonCode'),
                inductedOn: eb.ref('excluded.inductedOn'),
                updatedOn: eb.ref('excluded.updatedOn'),
                intentionsOnRelease: eb.ref('excluded.intentionsOnRelease'),
                workInterests: eb.ref('excluded.workInterests'),
                previousWork: eb.ref('excluded.previousWork'),
                highestEducationLevel: eb.ref('excluded.highestEducationLevel'),
                trainingBeforeCustody: eb.ref('excluded.trainingBeforeCustody'),
                qualificationsBeforeCustody: eb.ref('excluded.qualificationsBeforeCustody'),
                nextReviewOn: eb.ref('excluded.nextReviewOn'),
              })),
            )
            .returningAll()
            .executeTakeFirstOrThrow(),
        (trx, saved) => recordLearningChange(trx, saved.prisonNumber, 'INDUCTION', null),
      ),

    findGoal: (goalId: number) =>
      db.selectFrom('learningGoal').selectAll().where('goalId', '=', goalId).executeTakeFirst(),

    findStep: (stepId: number) =>
      db.selectFrom('goalStep').selectAll().where('stepId', '=', stepId).executeTakeFirst(),

    /** Sets a step's status; undefined when there is no such step. */
    updateStepStatus: (stepId: number, status: GoalStepTable['status']) =>
      writeAnnounced(
        db,
        (trx) =>
          trx
            .updateTable('goalStep')
            .set({ status })
            .where('stepId', '=', stepId)
            .returningAll()
            .executeTakeFirst(),
        async (trx, step) => {
          if (!step) return;
          const goal = await trx
            .selectFrom('learningGoal')
            .select('prisonNumber')
            .where('goalId', '=', step.goalId)
            .executeTakeFirst();
          if (goal) await recordLearningChange(trx, goal.prisonNumber, 'GOAL_STEP', stepId);
        },
      ),
  };
}
