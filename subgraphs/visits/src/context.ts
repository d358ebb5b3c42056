import DataLoader from 'dataloader';
import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { BookingDependencies } from './booking/bookingDependencies';
import { credentialOf } from '@lib/subgraph/credentialCarrier';
import type { PrisonerWhereabouts } from './prisoners/prisonerLocator';
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
    /**
     * Where P-Nomis says each prisoner is, asked once for every prisoner of the request with the caller's
     * credential, so that P-Nomis applies its caseload rule: a prisoner held (or last held) outside the caller's
     * caseload is an OUTSIDE_CASELOAD error.
     */
    whereabouts: new DataLoader<string, PrisonerWhereabouts | null>((prisonNumbers) =>
      booking.locator.locateEach(prisonNumbers, credentialOf(caller)),
    ),
  };
}

/** The visits request context. */
export type VisitsContext = ReturnType<typeof createVisitsContext>;
