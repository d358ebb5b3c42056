import type { Caller } from '@lib/auth/caller';
import { manyByKeyLoader, oneByKeyLoader } from '@lib/store/batchLoaders';
import type { ConfiscationSettings } from './buildConfiscation';
import { londonDateOf } from '@lib/time/londonTime';
import type { CourtsClient } from './courts/courtsClient';
import type { ConfiscationStore } from './store/confiscationStore';

/** Per-request state of the confiscation subgraph: loaders that batch every lookup of one request. */
export function createConfiscationContext(
  store: ConfiscationStore,
  caller: Caller | null,
  settings: ConfiscationSettings,
  courts: CourtsClient,
) {
  return {
    caller,
    store,
    settings,
    /** The courts, asked live as this caller (their own gateway credential). */
    courts,
    /** Today in London, fixed for the request so that every field of one answer agrees. */
    today: londonDateOf(),
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
    ordersByPncId: manyByKeyLoader(store.findOrdersByPncIds, (row) => row.defendantPncId ?? ''),
    orderByAccountNumber: oneByKeyLoader(store.findOrdersByAccountNumbers, (row) => row.accountNumber),
    paymentsByAccountNumber: manyByKeyLoader(store.findPaymentsByAccountNumbers, (row) => row.accountNumber),
    actionsByAccountNumber: manyByKeyLoader(store.findActionsByAccountNumbers, (row) => row.accountNumber),
    amendmentsByAccountNumber: manyByKeyLoader(
      store.findAmendmentsByAccountNumbers,
      (row) => row.accountNumber,
    ),
    resolutionsByAccountNumber: manyByKeyLoader(
      store.findResolutionsByAccountNumbers,
      (row) => row.accountNumber,
    ),
  };
}

/** The confiscation request context. */
export type ConfiscationContext = ReturnType<typeof createConfiscationContext>;
