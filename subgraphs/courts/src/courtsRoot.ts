import { outboxesOf } from '@lib/events/startSubgraphEvents';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildCourts, type Courts, type CourtsOptions } from './buildCourts';
import { createCourtsContext } from './context';
import { courtsResolvers } from './resolvers/courtsResolvers';
import { courtsSubgraph } from './courtsSubgraph';

/** The courts subgraph's composition root: the magistrates' and Crown Court stores and the transfers between them. */
export const courtsRoot: SubgraphRoot<Courts, CourtsOptions> = {
  build: (config, _env, options) =>
    buildCourts(
      { magistrates: config.databaseLocation('magistrates'), crown: config.databaseLocation('crown') },
      options,
    ),
  resolvers: courtsResolvers,
  createContext: createCourtsContext,
  checkStores: (courts) => courts.store.ping(),
  storeStatements: (courts) =>
    courts.databases.magistrates.statements.count + courts.databases.crown.statements.count,
  events: (config) => ({ outboxes: outboxesOf(config, courtsSubgraph.stores) }),
};
