import { type Kysely, type Migration, sql } from 'kysely';
import { confiscationMigrations } from '../subgraphs/confiscation/src/store/confiscationMigrations';
import { crownCourtMigrations } from '../subgraphs/courts/src/store/crownCourtMigrations';
import { magistratesMigrations } from '../subgraphs/courts/src/store/magistratesMigrations';
import { learningMigrations } from '../subgraphs/pnomis/src/learning/learningMigrations';
import { pnomisMigrations } from '../subgraphs/pnomis/src/store/pnomisMigrations';
import { visitsMigrations } from '../subgraphs/visits/src/store/visitsMigrations';
import { type SeedTarget, withStoredContent } from './caseFiles/seedDocumentContent';
import type { JusticePlan } from './planJustice';
import { confiscationRowGroups } from './rows/confiscationRows';
import { crownCourtRowGroups, magistratesRowGroups } from './rows/courtRows';
import { pnomisRowGroups } from './rows/pnomisRows';
import type {
  ConfiscationTables,
  CrownCourtTables,
  MagistratesTables,
  PnomisTables,
  RowGroup,
  VisitsTables,
} from './rows/rowTypes';
import { visitsRowGroups } from './rows/visitsRows';

/** The stores the generator fills, in the order they are written. */
export const STORE_NAMES = ['magistrates', 'crown', 'pnomis', 'visits', 'confiscation'] as const;

/** The name of a store. */
export type StoreName = (typeof STORE_NAMES)[number];

/** Where each store lives: a SQLite file path or a postgres:// URL. */
export type StoreLocations = Record<StoreName, string>;

/** What a store is made of: its migrations and its tables, parents before children. */
export interface StoreSchema<Tables> {
  name: StoreName;
  migrations: Record<string, Migration>;
  tables: readonly (keyof Tables & string)[];
}

/** Every store's schema, by name. */
export const STORE_SCHEMAS = {
  magistrates: {
    name: 'magistrates',
    migrations: magistratesMigrations,
    // The content tables are filled only on PostgreSQL; a SQLite store's documents are files (seedDocumentContent.ts).
    tables: [
      'magistratesCase',
      'magistratesOffence',
      'magistratesHearing',
      'caseDocument',
      'documentContent',
      'documentContentChunk',
    ],
  } satisfies StoreSchema<MagistratesTables>,
  crown: {
    name: 'crown',
    migrations: crownCourtMigrations,
    tables: ['crownCase', 'crownHearing'],
  } satisfies StoreSchema<CrownCourtTables>,
  pnomis: {
    name: 'pnomis',
    // The education record's tables live in the P-Nomis store too: one migration history for both.
    migrations: { ...pnomisMigrations, ...learningMigrations },
    tables: ['offender', 'booking', 'movement', 'sentence', 'prisonerContact', 'contactRestriction'],
  } satisfies StoreSchema<PnomisTables>,
  visits: {
    name: 'visits',
    migrations: visitsMigrations,
    tables: [
      'prisonVisitSettings',
      'sessionTemplate',
      'visit',
      'visitor',
      'visitingEntitlement',
      'visitingOrder',
    ],
  } satisfies StoreSchema<VisitsTables>,
  confiscation: {
    name: 'confiscation',
    migrations: confiscationMigrations,
    tables: ['confiscationOrder', 'payment', 'enforcementAction'],
  } satisfies StoreSchema<ConfiscationTables>,
} as const;

/** A store's schema and a fresh stream of its rows. */
export interface StoreStream<Tables> extends StoreSchema<Tables> {
  /**
   * The rows, for the store they are going to (`target`); without one, as generated, case documents' bytes on
   * their rows (for generateJustice's in-memory data set).
   */
  rowGroups(target?: SeedTarget): Iterable<RowGroup<Tables>>;
  /** Runs after the rows are in, inside the same transaction. */
  afterWrite?(db: Kysely<Tables>, dialect: 'sqlite' | 'postgres'): Promise<void>;
}

/** Every store's stream, by name. */
export interface StoreStreams {
  magistrates: StoreStream<MagistratesTables>;
  crown: StoreStream<CrownCourtTables>;
  pnomis: StoreStream<PnomisTables>;
  visits: StoreStream<VisitsTables>;
  confiscation: StoreStream<ConfiscationTables>;
}

/** The streams of a plan's rows; each call of `rowGroups` starts again from the plan, with the same result. */
export function storeStreams(plan: JusticePlan): StoreStreams {
  return {
    magistrates: {
      ...STORE_SCHEMAS.magistrates,
      rowGroups: (target) =>
        target ? withStoredContent(magistratesRowGroups(plan), target) : magistratesRowGroups(plan),
    },
    crown: { ...STORE_SCHEMAS.crown, rowGroups: () => crownCourtRowGroups(plan) },
    pnomis: { ...STORE_SCHEMAS.pnomis, rowGroups: () => pnomisRowGroups(plan) },
    visits: {
      ...STORE_SCHEMAS.visits,
      rowGroups: () => visitsRowGroups(plan),
      // Session templates are written with their ids (visits refer to them); PostgreSQL's SERIAL sequence does
      // not see explicit ids, so it is moved past them, or the next template created would collide.
      afterWrite: async (db, dialect) => {
        if (dialect !== 'postgres') return;
        await sql`select setval(pg_get_serial_sequence('session_template', 'session_template_id'), coalesce(max(session_template_id), 1)) from session_template`.execute(
          db,
        );
      },
    },
    confiscation: { ...STORE_SCHEMAS.confiscation, rowGroups: () => confiscationRowGroups(plan) },
  };
}

/** A table's SQL name (the stores' columns and tables are snake_case). */
export function sqlTableName(table: string): string {
  return table.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
