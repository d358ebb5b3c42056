import type { Caller } from '@lib/auth/caller';
import type { IdentityLink } from '@lib/subgraph/disclosure';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import { createLearningLoaders } from './learning/learningLoaders';
import type { PnomisStore } from './store/pnomisStore';

/** Per-request state of the P-Nomis subgraph: loaders that batch every lookup made while answering one request. */
export function createPnomisContext(store: PnomisStore, caller: Caller | null) {
  return {
    caller,
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
    /** The identifiers P-Nomis holds for each person the request concerned, reported to the audit log too. */
    identified: new Map<string, IdentityLink>(),
    store,
    offenderByPncId: oneByKeyLoader(store.findOffendersByPncIds, (row) => row.pncId ?? ''),
    offenderByPrisonNumber: oneByKeyLoader(store.findOffendersByPrisonNumbers, (row) => row.prisonNumber),
    bookingsByPrisonNumber: manyByKeyLoader(store.findBookingsByPrisonNumbers, (row) => row.prisonNumber),
    movementsByBookingId: manyByKeyLoader(store.findMovementsByBookingIds, (row) => row.bookingId),
    learning: createLearningLoaders(store),
    sentencesByBookingId: manyByKeyLoader(store.findSentencesByBookingIds, (row) => row.bookingId),
    contactsByPrisonNumber: manyByKeyLoader(store.findContacts, (row) => row.prisonNumber),
    restrictionsByContactId: manyByKeyLoader(store.findContactRestrictions, (row) => row.contactId),
  };
}

/** The P-Nomis request context. */
export type PnomisContext = ReturnType<typeof createPnomisContext>;
