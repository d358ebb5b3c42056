import type { Kysely } from 'kysely';
import { statementForKeys, type StoreDialect } from '@lib/store/fixedStatement';
import type { ConfiscationTables } from './confiscationTables';

const amendmentsByAccountNumbers = statementForKeys(
  (db: Kysely<ConfiscationTables>, accountNumbers: readonly string[]) =>
    db
      .selectFrom('orderAmendment')
      .selectAll()
      .where('accountNumber', 'in', accountNumbers)
      .orderBy('amendmentId'),
);

const resolutionsByAccountNumbers = statementForKeys(
  (db: Kysely<ConfiscationTables>, accountNumbers: readonly string[]) =>
    db
      .selectFrom('discrepancyResolution')
      .selectAll()
      .where('accountNumber', 'in', accountNumbers)
      .orderBy('resolutionId'),
);

/** The reads of the investigators' workflow: amendments and resolutions by order, and overdue enforcement. */
export function workflowReads(db: Kysely<ConfiscationTables>, dialect: StoreDialect) {
  return {
    findAmendmentsByAccountNumbers: (accountNumbers: readonly string[]) =>
      amendmentsByAccountNumbers(db, dialect, accountNumbers),

    findResolutionsByAccountNumbers: (accountNumbers: readonly string[]) =>
      resolutionsByAccountNumbers(db, dialect, accountNumbers),

    findResolutionByKey: (key: string) =>
      db.selectFrom('discrepancyResolution').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),

    /**
     * Pending actions whose result was due before a date, most overdue first, a page at a time after an action
     * (by due date, then number); the (outcome, due_on) index answers it.
     */
    findOverdueActions: (before: string, after: { dueOn: string; actionId: number } | null, limit: number) =>
      db
        .selectFrom('enforcementAction')
        .selectAll()
        .where('outcome', '=', 'PENDING')
        .where('dueOn', '<', before)
        .$if(after !== null, (query) =>
          query.where((eb) =>
            eb.or([
              eb('dueOn', '>', after?.dueOn ?? ''),
              eb.and([eb('dueOn', '=', after?.dueOn ?? ''), eb('actionId', '>', after?.actionId ?? 0)]),
            ]),
          ),
        )
        .orderBy('dueOn')
        .orderBy('actionId')
        .limit(limit)
        .execute(),

    countOverdueActions: async (before: string) =>
      Number(
        (
          await db
            .selectFrom('enforcementAction')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('outcome', '=', 'PENDING')
            .where('dueOn', '<', before)
            .executeTakeFirst()
        )?.count ?? 0,
      ),
  };
}
