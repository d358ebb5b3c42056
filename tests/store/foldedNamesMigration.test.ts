import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { foldedName } from '@lib/search/foldedName';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { crownCourtMigrations } from '../../subgraphs/courts/src/store/crownCourtMigrations';
import { findDefendantPncIds } from '../../subgraphs/courts/src/store/defendantSearchStore';
import { magistratesMigrations } from '../../subgraphs/courts/src/store/magistratesMigrations';
import { pnomisMigrations } from '../../subgraphs/pnomis/src/store/pnomisMigrations';
import { createPnomisStore } from '../../subgraphs/pnomis/src/store/pnomisStore';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { queryPlans, scansATable } from '../support/queryPlans';

/** More rows than the backfill folds in one batch (500), so that it must walk the table batch by batch. */
const ROWS = 1_201;
const BORN = '1979-11-23';

/** The names stored before the migration: the ones that matter first, the rest plain. */
function namesOf(index: number): { first: string | null; last: string | null } {
  if (index === 0) return { first: 'Zoë', last: 'Ógáin' };
  if (index === 1) return { first: 'ŁUKASZ', last: 'WÓJCIK' };
  return { first: `Ann${index}`, last: `Example${index}` };
}

/** One store's table of names, as deployed before the folded names, and its search. */
interface StoreUnderTest {
  store: string;
  migrations: Record<string, Migration>;
  added: string;
  table: string;
  /** One row as the store held it before the migration: a VALUES tuple of its table's columns below. */
  columns: string;
  row(index: number): RawBuilder<unknown>;
  /** The stored names and folded names, as [name, folded] pairs. */
  folded(db: Kysely<unknown>): Promise<[string | null, string | null][]>;
  /** The search, as the store runs it, for these names: the key of each person found. */
  search(database: StoreDatabase<unknown>, lastName: string, firstName: string | null): Promise<string[]>;
  index: string;
}

const pairsOf = async (db: Kysely<unknown>, table: string, name: string, folded: string) => {
  const { rows } = await sql<{ name: string | null; folded: string | null }>`select ${sql.ref(name)} as name,
    ${sql.ref(folded)} as folded from ${sql.table(table)}`.execute(db);
  return rows.map((row): [string | null, string | null] => [row.name, row.folded]);
};

const defendantPairs = async (db: Kysely<unknown>, table: string) => [
  ...(await pairsOf(db, table, 'defendant_first_name', 'defendant_first_name_folded')),
  ...(await pairsOf(db, table, 'defendant_last_name', 'defendant_last_name_folded')),
];

const STORES: StoreUnderTest[] = [
  {
    store: 'P-Nomis',
    migrations: pnomisMigrations,
    added: '111_offender_folded_names',
    table: 'offender',
    columns: 'prison_number, first_name, last_name, date_of_birth',
    row: (index) => {
      const { first, last } = namesOf(index);
      return sql`(${`A${String(index).padStart(4, '0')}BC`}, ${first}, ${last}, ${BORN})`;
    },
    folded: async (db) => [
      ...(await pairsOf(db, 'offender', 'first_name', 'first_name_folded')),
      ...(await pairsOf(db, 'offender', 'last_name', 'last_name_folded')),
    ],
    search: async (database, lastName, firstName) => {
      const store = createPnomisStore(database as StoreDatabase<PnomisTables>);
      const found = await store.findOffendersByParticulars(
        { lastName, firstName, dateOfBirth: BORN },
        null,
        20,
      );
      return found.map((person) => person.prisonNumber);
    },
    index: 'offender_name_dob',
  },
  {
    store: "magistrates' courts",
    migrations: magistratesMigrations,
    added: '009_defendant_folded_names',
    table: 'magistrates_case',
    columns:
      'urn, court_code, defendant_first_name, defendant_last_name, defendant_date_of_birth, defendant_pnc_id, charged_on, bail_status',
    row: (index) => {
      const { first, last } = namesOf(index);
      const urn = `13AA${String(index).padStart(7, '0')}`;
      return sql`(${urn}, 'B13LS00', ${first}, ${last}, ${BORN}, ${`PNC${index}`}, '2025-01-02', 'UNCONDITIONAL_BAIL')`;
    },
    folded: (db) => defendantPairs(db, 'magistrates_case'),
    search: (database, lastName, firstName) =>
      findDefendantPncIds(
        { db: database.db as never, table: 'magistratesCase' },
        { lastName, firstName, dateOfBirth: BORN },
        20,
      ),
    index: 'magistrates_case_defendant_name_dob',
  },
  {
    store: 'Crown Court',
    migrations: crownCourtMigrations,
    added: '012_defendant_folded_names',
    table: 'crown_case',
    columns:
      'case_number, court_code, sending_type, received_on, defendant_first_name, defendant_last_name, defendant_date_of_birth, defendant_pnc_id',
    row: (index) => {
      // Every third case came by digital transfer: no names of its own, and none folded.
      const { first, last } = index > 1 && index % 3 === 0 ? { first: null, last: null } : namesOf(index);
      const caseNumber = `T2025${String(index + 1).padStart(4, '0')}`;
      return sql`(${caseNumber}, 'C13LS00', 'SENT_FOR_TRIAL', '2025-01-02', ${first}, ${last}, ${BORN}, ${`PNC${index}`})`;
    },
    folded: (db) => defendantPairs(db, 'crown_case'),
    search: (database, lastName, firstName) =>
      findDefendantPncIds(
        { db: database.db as never, table: 'crownCase' },
        { lastName, firstName, dateOfBirth: BORN },
        20,
      ),
    index: 'crown_case_defendant_name_dob',
  },
];

/** The store as deployed before its folded names. */
function migrationsBefore(store: StoreUnderTest): Record<string, Migration> {
  return Object.fromEntries(Object.entries(store.migrations).filter(([name]) => name !== store.added));
}

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('folded names on %s', (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  it.each(STORES.map((store) => [store.store, store] as const))(
    "are filled in for the %s store's names already stored, and searched through the index",
    async (_store, store) => {
      expect(store.migrations[store.added]).toBeDefined();
      const database = openDatabase<unknown>(await databases.fresh());
      try {
        await migrateToLatest(database.db, migrationsBefore(store));
        const rows = Array.from({ length: ROWS }, (_, index) => store.row(index));
        await sql`insert into ${sql.table(store.table)} (${sql.raw(store.columns)}) values ${sql.join(rows)}`.execute(
          database.db,
        );

        await migrateToLatest(database.db, store.migrations);

        const pairs = await store.folded(database.db);
        expect(pairs.filter(([name]) => name !== null)).toHaveLength(
          // 400 of the Crown Court's cases came by digital transfer, with no names.
          store.table === 'crown_case' ? 2 * (ROWS - 400) : 2 * ROWS,
        );
        const wrong = pairs.filter(([name, folded]) => folded !== (name === null ? null : foldedName(name)));
        expect(wrong).toEqual([]);
        expect(pairs).toEqual(
          expect.arrayContaining([
            ['Ógáin', 'ógáin'],
            ['ŁUKASZ', 'łukasz'],
          ]),
        );

        database.statements.recording = true;
        const zoe = await store.search(database, 'ÓGÁIN', 'ZOË');
        const lukasz = await store.search(database, 'Wójcik', 'Łukasz');
        database.statements.recording = false;
        expect(zoe).toHaveLength(1);
        expect(lukasz).toHaveLength(1);
        expect(await store.search(database, 'example7', 'ANN7')).toHaveLength(1);
        const plans = await queryPlans(database);
        expect(plans).toEqual([expect.stringContaining(store.index), expect.stringContaining(store.index)]);
        expect(plans.filter(scansATable)).toEqual([]);
      } finally {
        await database.close();
      }
    },
  );
});
