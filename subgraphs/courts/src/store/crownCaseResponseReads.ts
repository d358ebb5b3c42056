import type { Kysely } from 'kysely';
import { createClosedSendingStore } from './closedSendingStore';
import type { CrownCourtTables } from './crownCourtTables';
import type { MagistratesTables } from './magistratesTables';

/** The reads behind the Crown Court's answers as the graph shows them: by lists of keys, for the loaders. */
export function crownCaseResponseReads(
  magistrates: Kysely<MagistratesTables>,
  crown: Kysely<CrownCourtTables>,
) {
  return {
    findCrownCaseStatesByNumbers: (caseNumbers: readonly string[]) =>
      crown.selectFrom('crownCaseState').selectAll().where('caseNumber', 'in', caseNumbers).execute(),

    /** The changes of these cases, in the order they were made. */
    findCrownCaseEventsByNumbers: (caseNumbers: readonly string[]) =>
      crown
        .selectFrom('crownCaseEvent')
        .selectAll()
        .where('caseNumber', 'in', caseNumbers)
        .orderBy('eventId')
        .execute(),

    findClosedSendingsByUrns: createClosedSendingStore(magistrates).closedSendingsOf,
  };
}
