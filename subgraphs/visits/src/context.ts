import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { BookingDependencies } from './booking/bookingDependencies';
import { credentialOf } from './prisoners/credentialCarrier';
import type { VisitsStore } from './store/visitsStore';

/** Per-request state of the visits subgraph: loaders that batch every lookup made while answering one request. */
export function createVisitsContext(store: VisitsStore, caller: Caller | null, booking: BookingDependencies) {
  return {
    caller,
    /** The booking use cases' dependencies, and who is asking (with the credential passed on to P-Nomis). */
    booking,
    actor: { caller, credential: credentialOf(caller) },
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
    store,
    visitsByPrisonNumber: manyByKeyLoader(store.findVisitsByPrisonNumbers, (row) => row.prisonNumber),
    visitByReference: oneByKeyLoader(store.findVisitsByReferences, (row) => row.reference),
    visitorsByReference: manyByKeyLoader(store.findVisitorsByReferences, (row) => row.visitReference),
  };
}

/** The visits request context. */
export type VisitsContext = ReturnType<typeof createVisitsContext>;
