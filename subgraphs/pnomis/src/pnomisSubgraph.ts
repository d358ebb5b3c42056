import { resolve } from 'node:path';
import type { SubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { gatewayCredentialVerifier } from '@lib/subgraph/gatewayCredentialVerifier';
import { type RunningSubgraph, startSubgraphServer } from '@lib/subgraph/startSubgraphServer';
import { buildPnomis, type Pnomis } from './buildPnomis';
import { createPnomisContext } from './context';
import { learningResolvers } from './learning/learningResolvers';
import { pnomisResolvers } from './resolvers/pnomisResolvers';
import { mergeResolverMaps } from '@lib/graphql/mergeResolverMaps';

/** The P-Nomis SDL: the contract this subgraph serves. */
export const PNOMIS_SCHEMA_PATH = resolve(__dirname, '../../../schema/pnomis.graphql');

/** Starts the P-Nomis subgraph over its store. */
export async function startPnomisSubgraph(
  config: SubgraphConfig,
): Promise<RunningSubgraph & { pnomis: Pnomis }> {
  const pnomis = await buildPnomis(config.databaseLocation('pnomis'));
  const server = await startSubgraphServer({
    name: 'pnomis',
    schemaPath: PNOMIS_SCHEMA_PATH,
    resolvers: mergeResolverMaps(pnomisResolvers, learningResolvers),
    createContext: (caller) => Promise.resolve(createPnomisContext(pnomis.store, caller)),
    verifyCredential: await gatewayCredentialVerifier(config),
    checkStores: pnomis.store.ping,
    storeStatements: () => pnomis.database.statements.count,
    ...config,
  });
  return {
    ...server,
    pnomis,
    stop: async () => {
      await server.stop();
      await pnomis.close();
    },
  };
}
