import { outboxesOf } from '@lib/events/startSubgraphEvents';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildVisits, type Visits } from './buildVisits';
import { createVisitsContext } from './context';
import { carryCredential } from '@lib/subgraph/credentialCarrier';
import { visitsResolvers } from './resolvers/visitsResolvers';
import { readVisitsConfig } from './visitsConfig';
import { visitsSubgraph } from './visitsSubgraph';

/** The visits subgraph's composition root: its store, and the live link to P-Nomis that booking asks. */
export const visitsRoot: SubgraphRoot<Visits> = {
  build: (config, env, _options, warn) =>
    buildVisits(config.databaseLocation('visits'), readVisitsConfig(env), undefined, warn),
  resolvers: visitsResolvers,
  createContext: (visits, caller) => createVisitsContext(visits.store, caller, visits.booking),
  checkStores: (visits) => visits.store.ping(),
  storeStatements: (visits) => visits.database.statements.count,
  events: (config) => ({ outboxes: outboxesOf(config, visitsSubgraph.stores) }),
  // Booking asks P-Nomis where the prisoner is held, as the same caller: it passes the gateway's credential on.
  wrapCredentialVerifier: carryCredential,
};
