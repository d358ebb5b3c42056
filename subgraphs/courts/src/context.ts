import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { Courts } from './buildCourts';
import { caseKeyOf, type CrownCaseKey, crownCaseKeyFromText, crownCaseKeyText } from './store/crownCaseKey';

/** A read by case keys, for a loader keyed by their text (crownCaseKeyText): a loader's keys must be strings. */
const byKeyText =
  <Row>(read: (keys: readonly CrownCaseKey[]) => Promise<Row[]>) =>
  (texts: readonly string[]) =>
    read(texts.map(crownCaseKeyFromText));

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
    // Crown Court cases by their key's text (C13LS00/T20260001), and by number at every centre that holds it.
    crownCaseByKey: oneByKeyLoader(byKeyText(store.findCrownCasesByKeys), crownCaseKeyText),
    crownCasesByNumber: manyByKeyLoader(store.findCrownCasesByNumbers, (row) => row.caseNumber),
    crownHearingsByCase: manyByKeyLoader(byKeyText(store.findCrownHearingsByCaseKeys), (row) =>
      crownCaseKeyText(caseKeyOf(row)),
    ),
    crownCaseStateByCase: oneByKeyLoader(byKeyText(store.findCrownCaseStatesByKeys), crownCaseKeyText),
    crownCaseEventsByCase: manyByKeyLoader(byKeyText(store.findCrownCaseEventsByKeys), crownCaseKeyText),
    closedSendingsByUrn: manyByKeyLoader(store.findClosedSendingsByUrns, (row) => row.urn),
  };
}

/** The courts request context. */
export type CourtsContext = ReturnType<typeof createCourtsContext>;
