import type { Insertable } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../store/pnomisTables';
import type { WorkActivityTable } from './learningTables';

/** Allocations to work in prison (activities and jobs) in the P-Nomis store. */
export function createWorkAllocationStore({ db }: StoreDatabase<PnomisTables>) {
  return {
    findWorkAllocation: (activityId: number) =>
      db.selectFrom('workActivity').selectAll().where('activityId', '=', activityId).executeTakeFirst(),

    insertWorkAllocation: (row: Insertable<WorkActivityTable>) =>
      db.insertInto('workActivity').values(row).returningAll().executeTakeFirstOrThrow(),

    /** Records the end of an allocation, only while it is open (so two ends cannot both land). */
    endWorkAllocation: (
      activityId: number,
      end: { endedOn: string; endReason: NonNullable<WorkActivityTable['endReason']> },
    ) =>
      db
        .updateTable('workActivity')
        .set(end)
        .where('activityId', '=', activityId)
        .where('endedOn', 'is', null)
        .returningAll()
        .executeTakeFirst(),
  };
}
