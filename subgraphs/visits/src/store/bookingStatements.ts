import type { ExpressionBuilder, Insertable, Kysely, Updateable } from 'kysely';
import type { VisitingOrderBalance } from '../services/visitingOrders';
import type { VisitorTable, VisitsTables, VisitTable } from './visitsTables';

/** A visit that holds a place: booked, or reserved with its hold not yet lapsed. */
function live(now: string) {
  return (eb: ExpressionBuilder<VisitsTables, 'visit'>) =>
    eb.or([
      eb('status', '=', 'BOOKED'),
      eb.and([eb('status', '=', 'RESERVED'), eb('holdExpiresAt', '>', now)]),
    ]);
}

/**
 * The statements a booking runs inside its transaction. The two locks are always taken in the same order,
 * prisoner first, then session, so that concurrent bookings on PostgreSQL cannot deadlock.
 */
export function bookingStatements(trx: Kysely<VisitsTables>, dialect: 'sqlite' | 'postgres') {
  // SQLite has no row locks: the transaction holds the database's write lock from BEGIN IMMEDIATE instead.
  const forUpdate = dialect === 'postgres';
  return {
    findByIdempotencyKey: (bookedBy: string, idempotencyKey: string) =>
      trx
        .selectFrom('visit')
        .selectAll()
        .where('bookedBy', '=', bookedBy)
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst(),

    findVisit: (reference: string) =>
      trx.selectFrom('visit').selectAll().where('reference', '=', reference).executeTakeFirst(),

    referenceTaken: async (reference: string) =>
      (await trx
        .selectFrom('visit')
        .select('reference')
        .where('reference', '=', reference)
        .executeTakeFirst()) !== undefined,

    /**
     * Locks the prisoner's entitlement row, creating it with `initial` on first use, and reads it: one upsert,
     * which on PostgreSQL takes the row lock as SELECT ... FOR UPDATE would.
     */
    lockPrisoner: (prisonNumber: string, initial: VisitingOrderBalance): Promise<VisitingOrderBalance> =>
      trx
        .insertInto('visitingEntitlement')
        .values({ prisonNumber, ...initial })
        .onConflict((conflict) =>
          conflict
            .column('prisonNumber')
            .doUpdateSet({ prisonNumber: (eb) => eb.ref('excluded.prisonNumber') }),
        )
        .returning(['visitingOrders', 'renewedOn'])
        .executeTakeFirstOrThrow(),

    /** Locks the prisoner's entitlement row if there is one; false when the prisoner has never booked online. */
    lockExistingPrisoner: async (prisonNumber: string): Promise<boolean> =>
      (await trx
        .selectFrom('visitingEntitlement')
        .select('prisonNumber')
        .where('prisonNumber', '=', prisonNumber)
        .$if(forUpdate, (query) => query.forUpdate())
        .executeTakeFirst()) !== undefined,

    saveBalance: (prisonNumber: string, balance: VisitingOrderBalance) =>
      trx.updateTable('visitingEntitlement').set(balance).where('prisonNumber', '=', prisonNumber).execute(),

    giveBackVisitingOrders: (prisonNumber: string, count: number) =>
      trx
        .updateTable('visitingEntitlement')
        .set((eb) => ({ visitingOrders: eb('visitingOrders', '+', count) }))
        .where('prisonNumber', '=', prisonNumber)
        .execute(),

    /** Marks the prisoner's lapsed holds EXPIRED; returns how many had taken a visiting order. */
    async expireLapsedHolds(prisonNumber: string, now: string): Promise<number> {
      const lapsed = await trx
        .selectFrom('visit')
        .select(['reference', 'entitlementUsed'])
        .where('prisonNumber', '=', prisonNumber)
        .where('status', '=', 'RESERVED')
        .where('holdExpiresAt', '<=', now)
        .execute();
      if (lapsed.length === 0) return 0;
      await trx
        .updateTable('visit')
        .set({ status: 'EXPIRED' })
        .where(
          'reference',
          'in',
          lapsed.map((row) => row.reference),
        )
        .execute();
      return lapsed.filter((row) => row.entitlementUsed === 'VISITING_ORDER').length;
    },

    /** The prisoner's visits holding a place between two dates. */
    liveVisitsBetween: (prisonNumber: string, from: string, to: string, now: string) =>
      trx
        .selectFrom('visit')
        .select(['reference', 'sessionDate', 'startTime', 'endTime', 'prisonCode'])
        .where('prisonNumber', '=', prisonNumber)
        .where('sessionDate', '>=', from)
        .where('sessionDate', '<=', to)
        .where(live(now))
        .execute(),

    /**
     * Locks one session on one date, creating its row on first use. On PostgreSQL the upsert takes the row lock;
     * on SQLite the transaction already holds the database's write lock, and the row is only created.
     */
    lockSlot: async (sessionTemplateId: number, sessionDate: string, prisonCode: string): Promise<void> => {
      await trx
        .insertInto('sessionSlot')
        .values({ sessionTemplateId, sessionDate, prisonCode })
        .onConflict((conflict) =>
          forUpdate
            ? conflict
                .columns(['sessionTemplateId', 'sessionDate'])
                .doUpdateSet({ prisonCode: (eb) => eb.ref('excluded.prisonCode') })
            : conflict.columns(['sessionTemplateId', 'sessionDate']).doNothing(),
        )
        .execute();
    },

    /** Places taken in a session on a date, by restriction. */
    async placesTaken(prisonCode: string, sessionTemplateId: number, sessionDate: string, now: string) {
      const rows = await trx
        .selectFrom('visit')
        .select('restriction')
        .select((eb) => eb.fn.countAll<number>().as('taken'))
        .where('prisonCode', '=', prisonCode)
        .where('sessionDate', '=', sessionDate)
        .where('sessionTemplateId', '=', sessionTemplateId)
        .where(live(now))
        .groupBy('restriction')
        .execute();
      const taken = { OPEN: 0, CLOSED: 0 };
      for (const row of rows) taken[row.restriction] = Number(row.taken);
      return taken;
    },

    insertVisit: (row: Insertable<VisitTable>) => trx.insertInto('visit').values(row).execute(),

    insertVisitors: (rows: Insertable<VisitorTable>[]) =>
      rows.length === 0
        ? Promise.resolve()
        : trx
            .insertInto('visitor')
            .values(rows)
            .execute()
            .then(() => undefined),

    findVisitors: (reference: string) =>
      trx
        .selectFrom('visitor')
        .selectAll()
        .where('visitReference', '=', reference)
        .orderBy('lead', 'desc')
        .orderBy('visitorId')
        .execute(),

    /** Changes a visit only if it is still in the expected state; returns whether it did. */
    async updateVisitIf(reference: string, status: VisitTable['status'], changes: Updateable<VisitTable>) {
      const result = await trx
        .updateTable('visit')
        .set(changes)
        .where('reference', '=', reference)
        .where('status', '=', status)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

/** The statements of a booking transaction. */
export type BookingStatements = ReturnType<typeof bookingStatements>;
