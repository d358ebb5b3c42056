import { outboxesOf } from '@lib/events/startSubgraphEvents';
import { mergeResolverMaps } from '@lib/graphql/mergeResolverMaps';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildPnomis, type Pnomis } from './buildPnomis';
import { contactResolvers } from './contacts/contactResolvers';
import { createPnomisContext } from './context';
import { learningResolvers } from './learning/learningResolvers';
import { movementResolvers } from './movements/movementResolvers';
import { pnomisResolvers } from './resolvers/pnomisResolvers';
import { pnomisSubgraph } from './pnomisSubgraph';
import { dueForReleaseScan } from './services/dueForReleaseScan';

/** The P-Nomis subgraph's composition root: custody records and movements, contacts and the learner record, in one store. */
export const pnomisRoot: SubgraphRoot<Pnomis> = {
  build: (config) => buildPnomis(config.databaseLocation('pnomis')),
  resolvers: mergeResolverMaps(pnomisResolvers, learningResolvers, contactResolvers, movementResolvers),
  createContext: (pnomis, caller) => createPnomisContext(pnomis.store, caller),
  checkStores: (pnomis) => pnomis.store.ping(),
  storeStatements: (pnomis) => pnomis.database.statements.count,
  events: (config) => ({ outboxes: outboxesOf(config, pnomisSubgraph.stores), scans: [dueForReleaseScan] }),
};
