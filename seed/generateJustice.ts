import type { Insertable } from 'kysely';
import { buildManifest } from './buildManifest';
import { type JusticePlan, planJustice } from './planJustice';
import type { SeedManifest } from './seedManifest';
import type { GenerateOptions } from './seedOptions';
import { sqlTableName, type StoreStream, storeStreams } from './storeStreams';
import type {
  ConfiscationTables,
  CrownCourtTables,
  MagistratesTables,
  PnomisTables,
  VisitsTables,
} from './rows/rowTypes';

/** Every row of one store, per table. */
export type StoreRows<Tables> = { [Table in keyof Tables]: Insertable<Tables[Table]>[] };

/** Every row of every store. */
export interface JusticeRows {
  magistrates: StoreRows<MagistratesTables>;
  crown: StoreRows<CrownCourtTables>;
  pnomis: StoreRows<PnomisTables>;
  visits: StoreRows<VisitsTables>;
  confiscation: StoreRows<ConfiscationTables>;
}

/** A generated data set held in memory. */
export interface GeneratedJustice {
  plan: JusticePlan;
  rows: JusticeRows;
  manifest: SeedManifest;
}

function collect<Tables>(stream: StoreStream<Tables>, counts: Record<string, number>): StoreRows<Tables> {
  const rows = Object.fromEntries(stream.tables.map((table) => [table, [] as unknown[]])) as Record<
    string,
    unknown[]
  >;
  for (const group of stream.rowGroups()) {
    for (const [table, tableRows] of Object.entries(group as Record<string, unknown[] | undefined>)) {
      rows[table]?.push(...(tableRows ?? []));
    }
  }
  for (const table of stream.tables) counts[sqlTableName(table)] = rows[table]?.length ?? 0;
  return rows as StoreRows<Tables>;
}

/**
 * Generates a whole data set in memory: the rows of every store and the manifest. Pure: the same options give
 * byte-identical rows. Meant for tests and small scales; `seedStores` streams the same rows into the stores.
 */
export function generateJustice(options: GenerateOptions): GeneratedJustice {
  const plan = planJustice(options);
  const streams = storeStreams(plan);
  const counts: Record<string, number> = {};
  const rows: JusticeRows = {
    magistrates: collect(streams.magistrates, counts),
    crown: collect(streams.crown, counts),
    pnomis: collect(streams.pnomis, counts),
    visits: collect(streams.visits, counts),
    confiscation: collect(streams.confiscation, counts),
  };
  return { plan, rows, manifest: buildManifest(plan, counts) };
}
