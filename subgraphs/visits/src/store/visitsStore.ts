import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { fixedStatement, statementForKeys } from '@lib/store/fixedStatement';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { isoDayOfWeek } from '@lib/time/londonTime';
import { visitByIdempotencyKey } from './bookingStatements';
import { bookerLink } from './linkStatements';
import type { VisitsTables } from './visitsTables';

/** Which of a list's visits to return: those on or after a date, or those before it. */
export interface VisitPeriod {
  when: 'UPCOMING' | 'PAST';
  today: string;
}

function inPeriod(period: VisitPeriod) {
  return (eb: ExpressionBuilder<VisitsTables, 'visit'>) =>
    period.when === 'UPCOMING' ? eb('sessionDate', '>=', period.today) : eb('sessionDate', '<', period.today);
}

// The look-ups every booking and journey makes, each compiled once (per length of key list for the loaders').
const visitsByPrisonNumbers = statementForKeys((db: Kysely<VisitsTables>, prisonNumbers: readonly string[]) =>
  db
    .selectFrom('visit')
    .selectAll()
    .where('prisonNumber', 'in', prisonNumbers)
    .where('status', 'in', ['BOOKED', 'CANCELLED'])
    .orderBy('sessionDate')
    .orderBy('startTime'),
);

const visitsByReferences = statementForKeys((db: Kysely<VisitsTables>, references: readonly string[]) =>
  db.selectFrom('visit').selectAll().where('reference', 'in', references),
);

const visitorsByReferences = statementForKeys((db: Kysely<VisitsTables>, references: readonly string[]) =>
  db
    .selectFrom('visitor')
    .selectAll()
    .where('visitReference', 'in', references)
    .orderBy('lead', 'desc')
    .orderBy('visitorId'),
);

const prisonSettings = fixedStatement((db: Kysely<VisitsTables>, v: { prisonCode: string }) =>
  db.selectFrom('prisonVisitSettings').selectAll().where('prisonCode', '=', v.prisonCode),
);

const sessionTemplateAt = fixedStatement(
  (db: Kysely<VisitsTables>, v: { prisonCode: string; dayOfWeek: number; startTime: string; date: string }) =>
    db
      .selectFrom('sessionTemplate')
      .selectAll()
      .where('prisonCode', '=', v.prisonCode)
      .where('dayOfWeek', '=', v.dayOfWeek)
      .where('startTime', '=', v.startTime)
      .where('validFrom', '<=', v.date)
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', v.date)])),
);

/** The visits store: reads take lists of keys (one statement each, for batching) or one prison and date range. */
export function createVisitsStore({ db, dialect }: StoreDatabase<VisitsTables>) {
  return {
    /** The visits that took or will take place, or were cancelled: the prisoner's record of visits. */
    findVisitsByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      visitsByPrisonNumbers(db, dialect, prisonNumbers),

    findVisitsByReferences: (references: readonly string[]) => visitsByReferences(db, dialect, references),

    findVisitorsByReferences: (references: readonly string[]) =>
      visitorsByReferences(db, dialect, references),

    findVisitByIdempotencyKey: async (bookedBy: string, idempotencyKey: string) =>
      (await visitByIdempotencyKey(db, dialect, { bookedBy, idempotencyKey })).rows[0],

    /** A prisoner's visits in a period, reservations included, soonest first for upcoming, latest first for past. */
    findPrisonerVisits: (prisonNumber: string, period: VisitPeriod) =>
      db
        .selectFrom('visit')
        .selectAll()
        .where('prisonNumber', '=', prisonNumber)
        .where(inPeriod(period))
        .orderBy('sessionDate', period.when === 'UPCOMING' ? 'asc' : 'desc')
        .orderBy('startTime', period.when === 'UPCOMING' ? 'asc' : 'desc')
        .execute(),

    /** The visits a caller booked, in a period. */
    findVisitsBookedBy: (bookedBy: string, period: VisitPeriod) =>
      db
        .selectFrom('visit')
        .selectAll()
        .where('bookedBy', '=', bookedBy)
        .where(inPeriod(period))
        .orderBy('sessionDate', period.when === 'UPCOMING' ? 'asc' : 'desc')
        .orderBy('startTime', period.when === 'UPCOMING' ? 'asc' : 'desc')
        .execute(),

    /** The link of a prisoner to a booking account, if the account linked them. */
    findBookerLink: async (bookingAccount: string, prisonNumber: string) =>
      (await bookerLink(db, dialect, { bookingAccount, prisonNumber })).rows[0],

    /** The prisoners a booking account linked, in the order it linked them. */
    findBookerLinks: (bookingAccount: string) =>
      db
        .selectFrom('bookerLink')
        .selectAll()
        .where('bookingAccount', '=', bookingAccount)
        .orderBy('linkedAt')
        .orderBy('prisonNumber')
        .execute(),

    findPrisonSettings: async (prisonCode: string) =>
      (await prisonSettings(db, dialect, { prisonCode })).rows[0],

    /** The session a prison holds on a date at a start time, if any. */
    findSessionTemplateAt: async (prisonCode: string, date: string, startTime: string) =>
      (await sessionTemplateAt(db, dialect, { prisonCode, dayOfWeek: isoDayOfWeek(date), startTime, date }))
        .rows[0],

    /** The weekly session templates of a prison that are valid at some point between two dates. */
    findSessionTemplates: (prisonCode: string, from: string, to: string) =>
      db
        .selectFrom('sessionTemplate')
        .selectAll()
        .where('prisonCode', '=', prisonCode)
        .where('validFrom', '<=', to)
        .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', from)]))
        .orderBy('startTime')
        .execute(),

    /**
     * Places taken per session, date, restriction and status at a prison between two dates: booked visits, and
     * reservations whose hold has not lapsed at `now`.
     */
    countTakenPlaces: (prisonCode: string, from: string, to: string, now: string) =>
      db
        .selectFrom('visit')
        .select(['sessionTemplateId', 'sessionDate', 'restriction', 'status'])
        .select((eb) => eb.fn.countAll<number>().as('taken'))
        .where('prisonCode', '=', prisonCode)
        .where('sessionDate', '>=', from)
        .where('sessionDate', '<=', to)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'BOOKED'),
            eb.and([eb('status', '=', 'RESERVED'), eb('holdExpiresAt', '>', now)]),
          ]),
        )
        .groupBy(['sessionTemplateId', 'sessionDate', 'restriction', 'status'])
        .execute(),

    /** The days a prison closed visits between two dates, earliest first. */
    findBlockedDates: (prisonCode: string, from: string, to: string) =>
      db
        .selectFrom('blockedVisitDate')
        .selectAll()
        .where('prisonCode', '=', prisonCode)
        .where('blockedOn', '>=', from)
        .where('blockedOn', '<=', to)
        .orderBy('blockedOn')
        .execute(),

    /** Fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The visits store's interface; an adapter for the real visit scheduler would implement the same. */
export type VisitsStore = ReturnType<typeof createVisitsStore>;
