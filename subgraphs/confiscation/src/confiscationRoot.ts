import { carryCredential } from '@lib/subgraph/credentialCarrier';
import { outboxesOf } from '@lib/events/startSubgraphEvents';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildConfiscation, readConfiscationSettings, type Confiscation } from './buildConfiscation';
import { createConfiscationContext } from './context';
import { confiscationResolvers } from './resolvers/confiscationResolvers';
import { confiscationSubgraph } from './confiscationSubgraph';
import { paymentOverdueScan } from './services/paymentOverdueScan';

/** The confiscation subgraph's composition root: orders, payments and enforcement, in one store. */
export const confiscationRoot: SubgraphRoot<Confiscation> = {
  build: (config, env) =>
    buildConfiscation(config.databaseLocation('confiscation'), readConfiscationSettings(env)),
  resolvers: confiscationResolvers,
  createContext: (confiscation, caller) =>
    createConfiscationContext(confiscation.store, caller, confiscation.settings, confiscation.courts),
  checkStores: (confiscation) => confiscation.store.ping(),
  storeStatements: (confiscation) => confiscation.database.statements.count,
  // Resolving a discrepancy asks the courts for their record as the same caller: the credential is passed on.
  wrapCredentialVerifier: carryCredential,
  events: (config, env) => ({
    outboxes: outboxesOf(config, confiscationSubgraph.stores),
    scans: [paymentOverdueScan(readConfiscationSettings(env))],
  }),
};
