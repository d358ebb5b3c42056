import { type Kysely, sql } from 'kysely';
import { statementForKeys } from '@lib/store/fixedStatement';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { DOCUMENT_COLUMNS } from '../documents/caseDocumentRecords';
import { caseKeyOf, type CrownCaseKey, keyColumns, onlyThoseAsked } from './crownCaseKey';
import { crownCaseResponseReads } from './crownCaseResponseReads';
import type { CrownCourtTables } from './crownCourtTables';
import { findDefendantPncIds, type DefendantParticulars } from './defendantSearchStore';
import type { MagistratesTables } from './magistratesTables';

// The look-ups by key of the per-request loaders, each compiled once per length of key list.
const magistratesCasesByUrns = statementForKeys((db: Kysely<MagistratesTables>, urns: readonly string[]) =>
  db.selectFrom('magistratesCase').selectAll().where('urn', 'in', urns),
);

const magistratesCasesByPncIds = statementForKeys(
  (db: Kysely<MagistratesTables>, pncIds: readonly string[]) =>
    db
      .selectFrom('magistratesCase')
      .selectAll()
      .where('defendantPncId', 'in', pncIds)
      .orderBy('chargedOn')
      .orderBy('urn'),
);

const offencesByUrns = statementForKeys((db: Kysely<MagistratesTables>, urns: readonly string[]) =>
  db.selectFrom('magistratesOffence').selectAll().where('urn', 'in', urns).orderBy('sequence'),
);

const magistratesHearingsByUrns = statementForKeys((db: Kysely<MagistratesTables>, urns: readonly string[]) =>
  db
    .selectFrom('magistratesHearing')
    .selectAll()
    .where('urn', 'in', urns)
    .orderBy('startsAt')
    .orderBy('hearingId'),
);

const documentsByUrns = statementForKeys((db: Kysely<MagistratesTables>, urns: readonly string[]) =>
  db
    .selectFrom('caseDocument')
    .select(DOCUMENT_COLUMNS)
    .where('urn', 'in', urns)
    .orderBy('urn')
    .orderBy('sequence'),
);

const crownCasesByNumbers = statementForKeys((db: Kysely<CrownCourtTables>, caseNumbers: readonly string[]) =>
  db.selectFrom('crownCase').selectAll().where('caseNumber', 'in', caseNumbers).orderBy('courtCode'),
);

const crownCasesByPncIds = statementForKeys((db: Kysely<CrownCourtTables>, pncIds: readonly string[]) =>
  db
    .selectFrom('crownCase')
    .selectAll()
    .where('defendantPncId', 'in', pncIds)
    .orderBy('receivedOn')
    .orderBy('caseNumber')
    .orderBy('courtCode'),
);

/**
 * The courts subgraph's two stores, kept apart as the real systems are: the magistrates' courts system and the
 * Crown Court system. Every read takes a list of keys and runs one statement, for batching.
 */
export function createCourtsStore(
  magistrates: StoreDatabase<MagistratesTables>,
  crown: StoreDatabase<CrownCourtTables>,
) {
  const mags = magistrates.db;
  const cc = crown.db;
  return {
    ...crownCaseResponseReads(mags, cc),

    findMagistratesCasesByUrns: (urns: readonly string[]) =>
      magistratesCasesByUrns(mags, magistrates.dialect, urns),

    findMagistratesCasesByPncIds: (pncIds: readonly string[]) =>
      magistratesCasesByPncIds(mags, magistrates.dialect, pncIds),

    findOffencesByUrns: (urns: readonly string[]) => offencesByUrns(mags, magistrates.dialect, urns),

    findMagistratesHearingsByUrns: (urns: readonly string[]) =>
      magistratesHearingsByUrns(mags, magistrates.dialect, urns),

    /** The cases with these numbers, at every centre that issued them (each number at up to one per centre). */
    findCrownCasesByNumbers: (caseNumbers: readonly string[]) =>
      crownCasesByNumbers(cc, crown.dialect, caseNumbers),

    /** The cases of these keys: a seek on the primary key (court code, case number). */
    findCrownCasesByKeys: async (keys: readonly CrownCaseKey[]) => {
      const { courtCodes, caseNumbers } = keyColumns(keys);
      const rows = await cc
        .selectFrom('crownCase')
        .selectAll()
        .where('courtCode', 'in', courtCodes)
        .where('caseNumber', 'in', caseNumbers)
        .execute();
      return onlyThoseAsked(keys, rows, (row) => row);
    },

    findCrownCasesByPncIds: (pncIds: readonly string[]) => crownCasesByPncIds(cc, crown.dialect, pncIds),

    /** The hearings of these cases, in the order they were listed for. */
    findCrownHearingsByCaseKeys: async (keys: readonly CrownCaseKey[]) => {
      const { courtCodes, caseNumbers } = keyColumns(keys);
      const rows = await cc
        .selectFrom('crownHearing')
        .selectAll()
        .where('caseCourtCode', 'in', courtCodes)
        .where('caseNumber', 'in', caseNumbers)
        .orderBy('startsAt')
        .orderBy('hearingId')
        .execute();
      return onlyThoseAsked(keys, rows, caseKeyOf);
    },

    /**
     * Case-file documents' metadata (their bytes are in the content store, served by the download route): those
     * stored, and no others (a case with no file stored has none).
     */
    findDocumentsByUrns: (urns: readonly string[]) => documentsByUrns(mags, magistrates.dialect, urns),

    /**
     * The PNC IDs of the defendants either court system recorded with these particulars, in PNC ID order,
     * without repeats, at most `limit`.
     */
    findDefendantPncIds: async (particulars: DefendantParticulars, limit: number) => {
      const found = await Promise.all([
        findDefendantPncIds({ db: mags, table: 'magistratesCase' }, particulars, limit),
        findDefendantPncIds({ db: cc, table: 'crownCase' }, particulars, limit),
      ]);
      return [...new Set(found.flat())].sort().slice(0, limit);
    },

    /** Fails when either system cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(mags);
      await sql`select 1`.execute(cc);
    },
  };
}

/** The courts store's interface; adapters for the real court systems would implement the same. */
export type CourtsStore = ReturnType<typeof createCourtsStore>;
