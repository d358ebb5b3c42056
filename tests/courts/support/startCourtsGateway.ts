import { purposeHeaders } from '../../support/purposeHeaders';
import { UNLIMITED_RATES } from '../../support/startSupergraph';
import { startSubgraph, type StartedSubgraph } from '@lib/subgraph/startSubgraph';
import { readGatewayConfig } from '../../../gateway/src/gatewayConfig';
import { type RunningGateway, startGateway } from '../../../gateway/src/startGateway';
import { createDevToken } from '../../../scripts/token';
import type { Courts, CourtsOptions } from '../../../subgraphs/courts/src/buildCourts';
import { courtsSubgraph } from '../../../subgraphs/courts/src/courtsSubgraph';
import type { GraphQLResponse } from '../../support/startSupergraph';
import { storeEnvironment } from '../../support/testStoreLocations';

/** The courts subgraph, built with the options a test chooses, behind the real gateway, over real HTTP. */
export interface RunningCourtsGateway {
  courts: StartedSubgraph<Courts>;
  gateway: RunningGateway;
  tokenFor(agency: string, options?: { scopes?: string; subject?: string }): Promise<string>;
  queryAs<Data = Record<string, unknown>>(
    token: string,
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * Starts the courts subgraph over the stores in `dataDir`, with `options` passed to its composition root (a fake
 * clock, stores wrapped to fail), and the gateway in front of it, with `env` added to both's settings (limits).
 * Only the courts are started: operations that stay within them need nothing else, and the other subgraphs'
 * routes are left unused.
 */
export async function startCourtsGateway(
  dataDir: string,
  options: CourtsOptions = {},
  env: Record<string, string> = {},
): Promise<RunningCourtsGateway> {
  const environment = {
    ...process.env,
    LOG_LEVEL: 'silent',
    ...UNLIMITED_RATES,
    DATA_DIR: dataDir,
    ...storeEnvironment(dataDir),
    ...env,
  };
  const courts = await startSubgraph(courtsSubgraph, { ...environment, COURTS_PORT: '0' }, options);
  const gateway = await startGateway(
    readGatewayConfig({ ...environment, GATEWAY_PORT: '0', SUBGRAPH_COURTS_URL: courts.graphqlUrl }),
  );
  return {
    courts,
    gateway,
    tokenFor: (agency, { scopes, subject } = {}) =>
      createDevToken(
        [
          '--agency',
          agency,
          ...(scopes ? ['--scopes', scopes] : []),
          ...(subject ? ['--subject', subject] : []),
        ],
        environment,
      ),
    async queryAs<Data>(token: string, document: string, variables?: Record<string, unknown>) {
      const response = await fetch(gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...purposeHeaders(token, 'Integration test of sending cases to the Crown Court'),
        },
        body: JSON.stringify({ query: document, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
    async stop() {
      await gateway.stop();
      await courts.stop();
    },
  };
}
