import { sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { VisitsTables } from './visitsTables';

/** The visits store: reads take lists of keys (one statement each, for batching) or one prison and date range. */
export function createVisitsStore({ db }: StoreDatabase<VisitsTables>) {
  return {
    findVisitsByPrisonNumbers: (prisonNumbers: readonly string[]) =>
      db
        .selectFrom('visit')
        .selectAll()
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('sessionDate')
        .orderBy('startTime')
        .execute(),

    findVisitsByReferences: (references: readonly string[]) =>
      db.selectFrom('visit').selectAll().where('reference', 'in', references).execute(),

    findVisitorsByReferences: (references: readonly string[]) =>
      db
        .selectFrom('visitor')
        .selectAll()
        .where('visitReference', 'in', references)
        .orderBy('lead', 'desc')
        .orderBy('visitorId')
        .execute(),

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

    /** Booked visits per session, date and restriction at a prison between two dates. */
    countBookedVisits: (prisonCode: string, from: string, to: string) =>
      db
        .selectFrom('visit')
        .select(['sessionTemplateId', 'sessionDate', 'restriction'])
        .select((eb) => eb.fn.countAll<number>().as('booked'))
        .where('prisonCode', '=', prisonCode)
        .where('sessionDate', '>=', from)
        .where('sessionDate', '<=', to)
        .where('status', '=', 'BOOKED')
        .groupBy(['sessionTemplateId', 'sessionDate', 'restriction'])
        .execute(),

    /** Fails when the store cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The visits store's interface; an adapter for the real visit scheduler would implement the same. */
export type VisitsStore = ReturnType<typeof createVisitsStore>;
