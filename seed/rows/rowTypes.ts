import type { Insertable } from 'kysely';
import type { ConfiscationTables } from '../../subgraphs/confiscation/src/store/confiscationTables';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/** The rows of one entity and its children, per table (camelCase table names, as in the store's Tables type). */
export type RowGroup<Tables> = { [Table in keyof Tables]?: Insertable<Tables[Table]>[] };

/** Rows of the magistrates' store. */
export type MagistratesRows = RowGroup<MagistratesTables>;
/** Rows of the Crown Court store. */
export type CrownCourtRows = RowGroup<CrownCourtTables>;
/** Rows of the P-Nomis store. */
export type PnomisRows = RowGroup<PnomisTables>;
/** Rows of the visits store. */
export type VisitsRows = RowGroup<VisitsTables>;
/** Rows of the confiscation store. */
export type ConfiscationRows = RowGroup<ConfiscationTables>;

export type { ConfiscationTables, CrownCourtTables, MagistratesTables, PnomisTables, VisitsTables };
