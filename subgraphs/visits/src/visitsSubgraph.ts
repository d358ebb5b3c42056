import { resolve } from 'node:path';
import type { SubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { gatewayCredentialVerifier } from '@lib/subgraph/gatewayCredentialVerifier';
import { type RunningSubgraph, startSubgraphServer } from '@lib/subgraph/startSubgraphServer';
import { buildVisits, type Visits } from './buildVisits';
import { createVisitsContext } from './context';
import { carryCredential } from './prisoners/credentialCarrier';
import { visitsResolvers } from './resolvers/visitsResolvers';
import { readVisitsConfig } from './visitsConfig';

/** The visits SDL: the contract this subgraph serves. */
export const VISITS_SCHEMA_PATH = resolve(__dirname, '../../../schema/visits.graphql');

/** Starts the visits subgraph over its store; its own settings (VISITS_PNOMIS_URL...) come from `env`. */
export async function startVisitsSubgraph(
  config: SubgraphConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<RunningSubgraph & { visits: Visits }> {
  const visits = await buildVisits(config.databaseLocation('visits'), readVisitsConfig(env));
  const server = await startSubgraphServer({
    name: 'visits',
    schemaPath: VISITS_SCHEMA_PATH,
    resolvers: visitsResolvers,
    createContext: (caller) => Promise.resolve(createVisitsContext(visits.store, caller, visits.booking)),
    verifyCredential: carryCredential(await gatewayCredentialVerifier(config)),
    checkStores: visits.store.ping,
    storeStatements: () => visits.database.statements.count,
    ...config,
  });
  return {
    ...server,
    visits,
    stop: async () => {
      await server.stop();
      await visits.close();
    },
  };
}
