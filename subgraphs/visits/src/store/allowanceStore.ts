import type { Kysely } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { HeldOrder, VisitsTables } from './visitsTables';

/** A visit holding a place at `now`: booked, or reserved with its hold not yet lapsed. */
function holdsPlace(db: Kysely<VisitsTables>, now: string) {
  return db
    .selectFrom('visit')
    .where((eb) =>
      eb.or([
        eb('status', '=', 'BOOKED'),
        eb.and([eb('status', '=', 'RESERVED'), eb('holdExpiresAt', '>', now)]),
      ]),
    );
}

/** The reads behind a prisoner's visiting allowance and a prison's closed days. */
export function createAllowanceStore({ db }: StoreDatabase<VisitsTables>) {
  return {
    findEntitlement: (prisonNumber: string) =>
      db
        .selectFrom('visitingEntitlement')
        .selectAll()
        .where('prisonNumber', '=', prisonNumber)
        .executeTakeFirst(),

    /**
     * The orders a prisoner may book with at `now`: those free, and those held by reservations whose hold has
     * lapsed (given back the next time the prisoner's record is written).
     */
    async findOrdersToBookWith(prisonNumber: string, now: string): Promise<HeldOrder[]> {
      const rows = await db
        .selectFrom('visitingOrder')
        .select(['visitingOrderId', 'kind', 'givenOn', 'lapsesOn'])
        .where('prisonNumber', '=', prisonNumber)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'AVAILABLE'),
            eb.and([
              eb('status', '=', 'USED'),
              eb(
                'visitReference',
                'in',
                eb
                  .selectFrom('visit')
                  .select('reference')
                  .where('prisonNumber', '=', prisonNumber)
                  .where('status', '=', 'RESERVED')
                  .where('holdExpiresAt', '<=', now),
              ),
            ]),
          ]),
        )
        .orderBy('givenOn')
        .execute();
      return rows.map((row) => ({
        id: row.visitingOrderId,
        kind: row.kind,
        givenOn: row.givenOn,
        lapsesOn: row.lapsesOn,
      }));
    },

    /** The dates of a prisoner's visits holding a place between two dates (one a visit). */
    findLiveVisitDates: async (prisonNumber: string, from: string, to: string, now: string) =>
      (
        await holdsPlace(db, now)
          .select('sessionDate')
          .where('prisonNumber', '=', prisonNumber)
          .where('sessionDate', '>=', from)
          .where('sessionDate', '<=', to)
          .execute()
      ).map((row) => row.sessionDate),

    /** The visits holding a place at a prison on a date, in session order. */
    findLiveVisitsOn: (prisonCode: string, date: string, now: string) =>
      holdsPlace(db, now)
        .selectAll()
        .where('prisonCode', '=', prisonCode)
        .where('sessionDate', '=', date)
        .orderBy('startTime')
        .orderBy('reference')
        .execute(),
  };
}

/** The allowance store's interface. */
export type AllowanceStore = ReturnType<typeof createAllowanceStore>;
