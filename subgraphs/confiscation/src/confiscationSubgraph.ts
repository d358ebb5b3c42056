import { resolve } from 'node:path';
import type { SubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { gatewayCredentialVerifier } from '@lib/subgraph/gatewayCredentialVerifier';
import { type RunningSubgraph, startSubgraphServer } from '@lib/subgraph/startSubgraphServer';
import { buildConfiscation, type Confiscation } from './buildConfiscation';
import { createConfiscationContext } from './context';
import { confiscationResolvers } from './resolvers/confiscationResolvers';

/** The confiscation SDL: the contract this subgraph serves. */
export const CONFISCATION_SCHEMA_PATH = resolve(__dirname, '../../../schema/confiscation.graphql');

/** Starts the confiscation subgraph over its store. */
export async function startConfiscationSubgraph(
  config: SubgraphConfig,
): Promise<RunningSubgraph & { confiscation: Confiscation }> {
  const confiscation = await buildConfiscation(config.databaseLocation('confiscation'));
  const server = await startSubgraphServer({
    name: 'confiscation',
    schemaPath: CONFISCATION_SCHEMA_PATH,
    resolvers: confiscationResolvers,
    createContext: (caller) =>
      Promise.resolve(createConfiscationContext(confiscation.store, caller, confiscation.settings)),
    verifyCredential: await gatewayCredentialVerifier(config),
    checkStores: confiscation.store.ping,
    storeStatements: () => confiscation.database.statements.count,
    ...config,
  });
  return {
    ...server,
    confiscation,
    stop: async () => {
      await server.stop();
      await confiscation.close();
    },
  };
}
