import type { Kysely } from 'kysely';
import { createClosedSendingStore } from './closedSendingStore';
import { type CrownCaseKey, keyColumns, onlyThoseAsked } from './crownCaseKey';
import type { CrownCourtTables } from './crownCourtTables';
import type { MagistratesTables } from './magistratesTables';

/** The reads behind the Crown Court's answers as the graph shows them: by lists of keys, for the loaders. */
export function crownCaseResponseReads(
  magistrates: Kysely<MagistratesTables>,
  crown: Kysely<CrownCourtTables>,
) {
  return {
    findCrownCaseStatesByKeys: async (keys: readonly CrownCaseKey[]) => {
      const { courtCodes, caseNumbers } = keyColumns(keys);
      const rows = await crown
        .selectFrom('crownCaseState')
        .selectAll()
        .where('courtCode', 'in', courtCodes)
        .where('caseNumber', 'in', caseNumbers)
        .execute();
      return onlyThoseAsked(keys, rows, (row) => row);
    },

    /** The changes of these cases, in the order they were made. */
    findCrownCaseEventsByKeys: async (keys: readonly CrownCaseKey[]) => {
      const { courtCodes, caseNumbers } = keyColumns(keys);
      const rows = await crown
        .selectFrom('crownCaseEvent')
        .selectAll()
        .where('courtCode', 'in', courtCodes)
        .where('caseNumber', 'in', caseNumbers)
        .orderBy('eventId')
        .execute();
      return onlyThoseAsked(keys, rows, (row) => row);
    },

    findClosedSendingsByUrns: createClosedSendingStore(magistrates).closedSendingsOf,
  };
}
