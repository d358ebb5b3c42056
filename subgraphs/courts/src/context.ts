import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { CourtsStore } from './store/courtsStore';

/** Per-request state of the courts subgraph: loaders that batch every lookup made while answering one request. */
export function createCourtsContext(store: CourtsStore, caller: Caller | null) {
  return {
    caller,
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
    magistratesCasesByPncId: manyByKeyLoader(
      store.findMagistratesCasesByPncIds,
      (row) => row.defendantPncId ?? '',
    ),
    magistratesCaseByUrn: oneByKeyLoader(store.findMagistratesCasesByUrns, (row) => row.urn),
    offencesByUrn: manyByKeyLoader(store.findOffencesByUrns, (row) => row.urn),
    magistratesHearingsByUrn: manyByKeyLoader(store.findMagistratesHearingsByUrns, (row) => row.urn),
    crownCasesByPncId: manyByKeyLoader(store.findCrownCasesByPncIds, (row) => row.defendantPncId ?? ''),
    crownCaseByNumber: oneByKeyLoader(store.findCrownCasesByNumbers, (row) => row.caseNumber),
    crownHearingsByCaseNumber: manyByKeyLoader(store.findCrownHearingsByCaseNumbers, (row) => row.caseNumber),
  };
}

/** The courts request context. */
export type CourtsContext = ReturnType<typeof createCourtsContext>;
