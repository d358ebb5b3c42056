import type { Insertable } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';
import type { WorkActivityTable } from './learningTables';
import { writeAnnounced } from '@lib/events/writeAnnounced';
import { recordLearningChange } from './learningAnnouncements';

/** Allocations to work in prison (activities and jobs) in the P-Nomis store. */
export function createWorkAllocationStore({ db }: StoreDatabase<PnomisTables>) {
  return {
    findWorkAllocation: (activityId: number) =>
      db.selectFrom('workActivity').selectAll().where('activityId', '=', activityId).executeTakeFirst(),

    /**
     * Records an allocation; when the person already holds one in the same job at the same prison from the same
     * day (a retried request, or a twin), nothing is written and that one is returned with `created: false`.
     */
    insertWorkAllocation: async (row: Insertable<WorkActivityTable>) => {
      const inserted = await writeAnnounced(
        db,
        (trx) =>
          trx
            .insertInto('workActivity')
            .values(row)
            .onConflict((conflict) =>
              conflict.columns(['prisonNumber', 'prisonCode', 'title', 'startedOn']).doNothing(),
            )
            .returningAll()
            .executeTakeFirst(),
        (trx, saved) =>
          saved ? recordLearningChange(trx, saved.prisonNumber, 'WORK', saved.activityId) : Promise.resolve(),
      );
      if (inserted) return { allocation: inserted, created: true };
      const existing = await db
        .selectFrom('workActivity')
        .selectAll()
        .where('prisonNumber', '=', row.prisonNumber)
        .where('prisonCode', '=', row.prisonCode)
        .where('title', '=', row.title)
        .where('startedOn', '=', row.startedOn)
        .executeTakeFirstOrThrow();
      return { allocation: existing, created: false };
    },

    /** Records the end of an allocation, only while it is open (so two ends cannot both land). */
    endWorkAllocation: (
      activityId: number,
      end: { endedOn: string; endReason: NonNullable<WorkActivityTable['endReason']> },
    ) =>
      writeAnnounced(
        db,
        (trx) =>
          trx
            .updateTable('workActivity')
            .set(end)
            .where('activityId', '=', activityId)
            .where('endedOn', 'is', null)
            .returningAll()
            .executeTakeFirst(),
        (trx, ended) =>
          ended ? recordLearningChange(trx, ended.prisonNumber, 'WORK', activityId) : Promise.resolve(),
      ),
  };
}
