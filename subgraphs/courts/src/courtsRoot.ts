import { mergeResolverMaps } from '@lib/graphql/mergeResolverMaps';
import { outboxesOf } from '@lib/events/startSubgraphEvents';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildCourts, type Courts, type CourtsOptions } from './buildCourts';
import { createCourtsContext } from './context';
import { documentRoutes } from './documents/documentRoutes';
import { readDocumentSettings } from './documents/documentSettings';
import { courtsResolvers } from './resolvers/courtsResolvers';
import { recordCorrectionResolvers } from './resolvers/recordCorrectionResolvers';
import { courtsSubgraph } from './courtsSubgraph';

/** The courts subgraph's composition root: the magistrates' and Crown Court stores and the transfers between them. */
export const courtsRoot: SubgraphRoot<Courts, CourtsOptions> = {
  build: (config, env, options, warn) =>
    buildCourts(
      {
        magistrates: config.databaseLocation('magistrates'),
        crown: config.databaseLocation('crown'),
        documents: readDocumentSettings(env, config.dataDir),
      },
      { log: warn, ...options },
    ),
  routes: (courts) => documentRoutes(courts.documents, courts.now),
  resolvers: mergeResolverMaps(courtsResolvers, recordCorrectionResolvers),
  createContext: createCourtsContext,
  checkStores: (courts) => courts.store.ping(),
  storeStatements: (courts) =>
    courts.databases.magistrates.statements.count + courts.databases.crown.statements.count,
  events: (config) => ({ outboxes: outboxesOf(config, courtsSubgraph.stores) }),
};
