import { consoleWarning } from '@lib/subgraph/consoleWarning';
import type { ServiceWarning } from '@lib/subgraph/subgraphDescriptor';
import { createRateLimiterStore } from '@lib/rateLimit/rateLimiterStore';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import type { BookingDependencies } from './booking/bookingDependencies';
import { linkAttempts } from './linking/linkAttempts';
import { pnomisPrisonerLocator } from './prisoners/pnomisPrisonerLocator';
import type { PrisonerLocator } from './prisoners/prisonerLocator';
import { createAllowanceStore } from './store/allowanceStore';
import { createStoreWriter } from './store/storeWriter';
import { createVisitsStore } from './store/visitsStore';
import { visitsMigrations } from './store/visitsMigrations';
import type { VisitsTables } from './store/visitsTables';
import type { VisitsConfig } from './visitsConfig';

/**
 * The composition root of the visits subgraph: opens and migrates its store and builds what stands on it. A
 * booking acknowledged must survive a power cut: on SQLite the store writer acknowledges a write only once its
 * commit is synced to disk, one sync shared by the bookings that arrive together, done off the event loop (so
 * the store opens with `synchronous = NORMAL`, which leaves that sync to the writer; see storeWriter.ts). Failed
 * attempts to link a prisoner are counted in Redis when the replicas share one, else in this process.
 */
export async function buildVisits(
  databaseLocation: string,
  config: VisitsConfig,
  locator: PrisonerLocator = pnomisPrisonerLocator({
    url: config.pnomisUrl,
    timeoutMs: config.pnomisTimeoutMs,
    circuitFailures: config.pnomisCircuitFailures,
    circuitProbeMs: config.pnomisCircuitProbeMs,
  }),
  warn: ServiceWarning = consoleWarning('visits'),
) {
  const database = openDatabase<VisitsTables>(databaseLocation, { sqliteSynchronous: 'NORMAL' });
  await migrateToLatest(database.db, visitsMigrations);
  const store = createVisitsStore(database);
  const attemptStore = createRateLimiterStore({
    ...config.linkAttemptStore,
    onError: (error) => warn('link-attempt store unreachable; counting in memory meanwhile', error),
  });
  // Before the subgraph listens: its first attempts are counted with the other replicas', not apart.
  await attemptStore.ready();
  const booking: BookingDependencies = {
    store,
    allowances: createAllowanceStore(database),
    writer: createStoreWriter(database),
    locator,
    linkAttempts: linkAttempts(attemptStore, config.linkAttempts),
    now: () => new Date(),
    warn,
  };
  return {
    database,
    store,
    booking,
    close: async () => {
      await Promise.all([database.close(), attemptStore.close()]);
    },
  };
}

/** Everything the visits subgraph is built from. */
export type Visits = Awaited<ReturnType<typeof buildVisits>>;
