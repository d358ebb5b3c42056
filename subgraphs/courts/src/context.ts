import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { Courts } from './buildCourts';

/** Per-request state of the courts subgraph: loaders that batch every lookup made while answering one request. */
export function createCourtsContext(
  courts: Pick<
    Courts,
    | 'store'
    | 'transfers'
    | 'responses'
    | 'hearingListing'
    | 'waitingTimes'
    | 'documents'
    | 'now'
    | 'recordCorrections'
    | 'locksRows'
  >,
  caller: Caller | null,
) {
  const { store } = courts;
  return {
    caller,
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
    transfers: courts.transfers,
    responses: courts.responses,
    hearingListing: courts.hearingListing,
    waitingTimes: courts.waitingTimes,
    recordCorrections: courts.recordCorrections,
    locksRows: courts.locksRows,
    /** Case documents: upload tickets, the content store and its limits. */
    documents: courts.documents,
    now: courts.now,
    /** The search by name and date of birth: not a lookup by key, so not batched. */
    findDefendantPncIds: store.findDefendantPncIds,
    magistratesCasesByPncId: manyByKeyLoader(
      store.findMagistratesCasesByPncIds,
      (row) => row.defendantPncId ?? '',
    ),
    magistratesCaseByUrn: oneByKeyLoader(store.findMagistratesCasesByUrns, (row) => row.urn),
    offencesByUrn: manyByKeyLoader(store.findOffencesByUrns, (row) => row.urn),
    magistratesHearingsByUrn: manyByKeyLoader(store.findMagistratesHearingsByUrns, (row) => row.urn),
    documentsByUrn: manyByKeyLoader(store.findDocumentsByUrns, (row) => row.urn),
    crownCasesByPncId: manyByKeyLoader(store.findCrownCasesByPncIds, (row) => row.defendantPncId ?? ''),
    crownCaseByNumber: oneByKeyLoader(store.findCrownCasesByNumbers, (row) => row.caseNumber),
    crownHearingsByCaseNumber: manyByKeyLoader(store.findCrownHearingsByCaseNumbers, (row) => row.caseNumber),
    crownCaseStateByNumber: oneByKeyLoader(store.findCrownCaseStatesByNumbers, (row) => row.caseNumber),
    crownCaseEventsByNumber: manyByKeyLoader(store.findCrownCaseEventsByNumbers, (row) => row.caseNumber),
    closedSendingsByUrn: manyByKeyLoader(store.findClosedSendingsByUrns, (row) => row.urn),
  };
}

/** The courts request context. */
export type CourtsContext = ReturnType<typeof createCourtsContext>;
