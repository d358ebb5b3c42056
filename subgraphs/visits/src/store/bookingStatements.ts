import type { ExpressionBuilder, Insertable, Kysely, Updateable } from 'kysely';
import { fixedStatement, type StoreDialect } from '@lib/store/fixedStatement';
import type { VisitingEntitlementTable, VisitorTable, VisitsTables, VisitTable } from './visitsTables';

/** The prisoner's entitlement row as a booking locks it. */
type LockedEntitlement = Omit<VisitingEntitlementTable, 'prisonNumber'>;

/** A visit that holds a place: booked, or reserved with its hold not yet lapsed. */
function live(now: string) {
  return (eb: ExpressionBuilder<VisitsTables, 'visit'>) =>
    eb.or([
      eb('status', '=', 'BOOKED'),
      eb.and([eb('status', '=', 'RESERVED'), eb('holdExpiresAt', '>', now)]),
    ]);
}

// The statements every booking runs, each built and compiled once (a booking runs about a dozen of them).

/** The visit a caller made with an idempotency key: looked up before a booking's transaction and again inside it. */
export const visitByIdempotencyKey = fixedStatement(
  (db: Kysely<VisitsTables>, v: { bookedBy: string; idempotencyKey: string }) =>
    db
      .selectFrom('visit')
      .selectAll()
      .where('bookedBy', '=', v.bookedBy)
      .where('idempotencyKey', '=', v.idempotencyKey),
);

const referenceTaken = fixedStatement((db: Kysely<VisitsTables>, v: { reference: string }) =>
  db.selectFrom('visit').select('reference').where('reference', '=', v.reference),
);

// One upsert that creates the prisoner's entitlement row on first use (its allowance not yet running) and, on
// PostgreSQL, takes its row lock.
const lockPrisoner = fixedStatement((db: Kysely<VisitsTables>, v: { prisonNumber: string; today: string }) =>
  db
    .insertInto('visitingEntitlement')
    .values({ prisonNumber: v.prisonNumber, renewedOn: v.today, allowanceStarted: 0 })
    .onConflict((conflict) =>
      conflict.column('prisonNumber').doUpdateSet({ prisonNumber: (eb) => eb.ref('excluded.prisonNumber') }),
    )
    .returning(['renewedOn', 'allowanceStarted']),
);

const lapsedHolds = fixedStatement((db: Kysely<VisitsTables>, v: { prisonNumber: string; now: string }) =>
  db
    .selectFrom('visit')
    .select(['reference', 'entitlementUsed'])
    .where('prisonNumber', '=', v.prisonNumber)
    .where('status', '=', 'RESERVED')
    .where('holdExpiresAt', '<=', v.now),
);

const liveVisitsBetween = fixedStatement(
  (db: Kysely<VisitsTables>, v: { prisonNumber: string; from: string; to: string; now: string }) =>
    db
      .selectFrom('visit')
      .select(['reference', 'sessionDate', 'startTime', 'endTime', 'prisonCode'])
      .where('prisonNumber', '=', v.prisonNumber)
      .where('sessionDate', '>=', v.from)
      .where('sessionDate', '<=', v.to)
      .where(live(v.now)),
);

type SlotValues = { sessionTemplateId: number; sessionDate: string; prisonCode: string };

// On PostgreSQL the upsert takes the session's row lock; on SQLite the transaction already holds the database's
// write lock, and the row is only created.
const lockSlotForUpdate = fixedStatement((db: Kysely<VisitsTables>, v: SlotValues) =>
  db
    .insertInto('sessionSlot')
    .values({ sessionTemplateId: v.sessionTemplateId, sessionDate: v.sessionDate, prisonCode: v.prisonCode })
    .onConflict((conflict) =>
      conflict
        .columns(['sessionTemplateId', 'sessionDate'])
        .doUpdateSet({ prisonCode: (eb) => eb.ref('excluded.prisonCode') }),
    ),
);

const createSlot = fixedStatement((db: Kysely<VisitsTables>, v: SlotValues) =>
  db
    .insertInto('sessionSlot')
    .values({ sessionTemplateId: v.sessionTemplateId, sessionDate: v.sessionDate, prisonCode: v.prisonCode })
    .onConflict((conflict) => conflict.columns(['sessionTemplateId', 'sessionDate']).doNothing()),
);

/** The places taken in a session on a date with one restriction: a scalar subquery of `sessionOnDate`. */
function placesTakenWith(
  eb: ExpressionBuilder<VisitsTables, never>,
  restriction: VisitTable['restriction'],
  v: SlotValues & { now: string },
) {
  return eb
    .selectFrom('visit')
    .select((count) => count.fn.countAll<number>().as('taken'))
    .where('prisonCode', '=', v.prisonCode)
    .where('sessionDate', '=', v.sessionDate)
    .where('sessionTemplateId', '=', v.sessionTemplateId)
    .where('restriction', '=', restriction)
    .where(live(v.now));
}

// What a booking reads under the session's lock, in one statement rather than two: each statement of a booking's
// transaction is a round trip to PostgreSQL, and those round trips are most of what a booking costs there.
const sessionOnDate = fixedStatement((db: Kysely<VisitsTables>, v: SlotValues & { now: string }) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('blockedVisitDate')
      .select('reason')
      .where('prisonCode', '=', v.prisonCode)
      .where('blockedOn', '=', v.sessionDate)
      .as('blockedReason'),
    placesTakenWith(eb, 'OPEN', v).as('openTaken'),
    placesTakenWith(eb, 'CLOSED', v).as('closedTaken'),
  ]),
);

const VISIT_COLUMNS = [
  'reference',
  'prisonNumber',
  'prisonCode',
  'sessionTemplateId',
  'sessionDate',
  'startTime',
  'endTime',
  'restriction',
  'status',
  'bookedAt',
  'bookedBy',
  'idempotencyKey',
  'requestDigest',
  'holdExpiresAt',
  'entitlementUsed',
  'cancelledAt',
  'cancelledBy',
  'cancellationReason',
  'outcome',
  'outcomeNotes',
  'outcomeRecordedAt',
  'outcomeRecordedBy',
] as const satisfies readonly (keyof VisitTable)[];

const insertVisit = fixedStatement((db: Kysely<VisitsTables>, v: VisitTable) =>
  db
    .insertInto('visit')
    .values(Object.fromEntries(VISIT_COLUMNS.map((column) => [column, v[column]])) as unknown as VisitTable),
);

type VisitorRow = Omit<Insertable<VisitorTable>, 'visitorId'>;
const VISITOR_COLUMNS = [
  'visitReference',
  'firstName',
  'lastName',
  'dateOfBirth',
  'relationship',
  'lead',
] as const satisfies readonly (keyof VisitorRow)[];

// One statement per number of visitors (a booking has one to six): each shape compiled once.
const insertVisitorsByCount = new Map<number, ReturnType<typeof insertVisitorsOf>>();
function insertVisitorsOf(count: number) {
  return fixedStatement((db: Kysely<VisitsTables>, v: Record<string, unknown>) =>
    db
      .insertInto('visitor')
      .values(
        Array.from(
          { length: count },
          (_, index) =>
            Object.fromEntries(
              VISITOR_COLUMNS.map((column) => [column, v[`${index}.${column}`]]),
            ) as unknown as VisitorRow,
        ),
      ),
  );
}

const findVisitors = fixedStatement((db: Kysely<VisitsTables>, v: { reference: string }) =>
  db
    .selectFrom('visitor')
    .selectAll()
    .where('visitReference', '=', v.reference)
    .orderBy('lead', 'desc')
    .orderBy('visitorId'),
);

/**
 * The statements a booking runs inside its transaction. The two locks are always taken in the same order,
 * prisoner first, then session, so that concurrent bookings on PostgreSQL cannot deadlock.
 */
export function bookingStatements(trx: Kysely<VisitsTables>, dialect: StoreDialect) {
  // SQLite has no row locks: the transaction holds the database's write lock from BEGIN IMMEDIATE instead.
  const forUpdate = dialect === 'postgres';
  return {
    findByIdempotencyKey: async (bookedBy: string, idempotencyKey: string) =>
      (await visitByIdempotencyKey(trx, dialect, { bookedBy, idempotencyKey })).rows[0],

    findVisit: (reference: string) =>
      trx.selectFrom('visit').selectAll().where('reference', '=', reference).executeTakeFirst(),

    referenceTaken: async (reference: string) =>
      (await referenceTaken(trx, dialect, { reference })).rows.length > 0,

    /**
     * Locks the prisoner's entitlement row, creating it on first use with its allowance not yet running, and
     * reads it: one upsert, which on PostgreSQL takes the row lock as SELECT ... FOR UPDATE would.
     */
    lockPrisoner: async (prisonNumber: string, today: string): Promise<LockedEntitlement> => {
      const row = (await lockPrisoner(trx, dialect, { prisonNumber, today })).rows[0];
      if (!row) throw new Error(`the entitlement of ${prisonNumber} could not be locked`);
      return row;
    },

    /** Locks the prisoner's entitlement row if there is one; false when the visits system has none for them. */
    lockExistingPrisoner: async (prisonNumber: string): Promise<boolean> =>
      (await trx
        .selectFrom('visitingEntitlement')
        .select('prisonNumber')
        .where('prisonNumber', '=', prisonNumber)
        .$if(forUpdate, (query) => query.forUpdate())
        .executeTakeFirst()) !== undefined,

    /** Marks the prisoner's lapsed holds EXPIRED; returns those that had taken a visiting order. */
    async expireLapsedHolds(prisonNumber: string, now: string): Promise<string[]> {
      const lapsed = (await lapsedHolds(trx, dialect, { prisonNumber, now })).rows;
      if (lapsed.length === 0) return [];
      await trx
        .updateTable('visit')
        .set({ status: 'EXPIRED' })
        .where(
          'reference',
          'in',
          lapsed.map((row) => row.reference),
        )
        .execute();
      return lapsed.filter((row) => row.entitlementUsed === 'VISITING_ORDER').map((row) => row.reference);
    },

    /** The prisoner's visits holding a place between two dates. */
    liveVisitsBetween: async (prisonNumber: string, from: string, to: string, now: string) =>
      (await liveVisitsBetween(trx, dialect, { prisonNumber, from, to, now })).rows,

    /** Locks one session on one date, creating its row on first use. */
    lockSlot: async (sessionTemplateId: number, sessionDate: string, prisonCode: string): Promise<void> => {
      const slot = { sessionTemplateId, sessionDate, prisonCode };
      await (forUpdate ? lockSlotForUpdate(trx, dialect, slot) : createSlot(trx, dialect, slot));
    },

    /**
     * Under the session's lock: why the prison closed visits on the date, if it did (null if not), and the places
     * taken in the session on that date, by restriction.
     */
    async sessionOnDate(prisonCode: string, sessionTemplateId: number, sessionDate: string, now: string) {
      const { rows } = await sessionOnDate(trx, dialect, { prisonCode, sessionTemplateId, sessionDate, now });
      const row = rows[0];
      if (!row) throw new Error(`the session ${sessionTemplateId} on ${sessionDate} could not be read`);
      return {
        blockedReason: row.blockedReason ?? null,
        taken: { OPEN: Number(row.openTaken ?? 0), CLOSED: Number(row.closedTaken ?? 0) },
      };
    },

    insertVisit: (row: VisitTable) => insertVisit(trx, dialect, row),

    insertVisitors: async (rows: VisitorRow[]): Promise<void> => {
      if (rows.length === 0) return;
      let statement = insertVisitorsByCount.get(rows.length);
      if (!statement) {
        statement = insertVisitorsOf(rows.length);
        insertVisitorsByCount.set(rows.length, statement);
      }
      const values: Record<string, unknown> = {};
      rows.forEach((row, index) => {
        for (const column of VISITOR_COLUMNS) values[`${index}.${column}`] = row[column];
      });
      await statement(trx, dialect, values);
    },

    findVisitors: async (reference: string) => (await findVisitors(trx, dialect, { reference })).rows,

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
