import { resolve } from 'node:path';
import type { SubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { gatewayCredentialVerifier } from '@lib/subgraph/gatewayCredentialVerifier';
import { type RunningSubgraph, startSubgraphServer } from '@lib/subgraph/startSubgraphServer';
import { buildCourts, type Courts, type CourtsOptions } from './buildCourts';
import { createCourtsContext } from './context';
import { courtsResolvers } from './resolvers/courtsResolvers';

/** The courts SDL: the contract this subgraph serves. */
export const COURTS_SCHEMA_PATH = resolve(__dirname, '../../../schema/courts.graphql');

/** Starts the courts subgraph over the magistrates' and Crown Court stores. */
export async function startCourtsSubgraph(
  config: SubgraphConfig,
  options: CourtsOptions = {},
): Promise<RunningSubgraph & { courts: Courts }> {
  const courts = await buildCourts(
    { magistrates: config.databaseLocation('magistrates'), crown: config.databaseLocation('crown') },
    options,
  );
  const server = await startSubgraphServer({
    name: 'courts',
    schemaPath: COURTS_SCHEMA_PATH,
    resolvers: courtsResolvers,
    createContext: (caller) => Promise.resolve(createCourtsContext(courts, caller)),
    verifyCredential: await gatewayCredentialVerifier(config),
    checkStores: courts.store.ping,
    storeStatements: () =>
      courts.databases.magistrates.statements.count + courts.databases.crown.statements.count,
    ...config,
  });
  return {
    ...server,
    courts,
    stop: async () => {
      await server.stop();
      await courts.close();
    },
  };
}
