import { ApolloGateway } from '@apollo/gateway';
import type { SubgraphCredentialKey } from '@lib/auth/subgraphCredential';
import { switchOffApolloGatewayTelemetry } from '@lib/network/vendorReporting';
import type { Logger } from '@lib/observability/logger';
import type { GatewayConfig } from './gatewayConfig';
import { SubgraphDataSource, type SubgraphDataSourceOptions } from './subgraphDataSource';
import type { SubgraphCircuits } from './resilience/subgraphCircuits';
import { watchedSupergraph } from './watchedSupergraph';

/**
 * Builds the federated gateway over the composed supergraph. The gateway holds no domain data: it plans each
 * operation across the subgraphs and routes to the URLs of the supergraph, or to the configured overrides.
 */
export function createGateway(
  config: GatewayConfig,
  credentialKey: SubgraphCredentialKey,
  observers: { logger: Logger; onFetch: SubgraphDataSourceOptions['onFetch'] },
  circuits: SubgraphCircuits,
): ApolloGateway {
  switchOffApolloGatewayTelemetry();
  return new ApolloGateway({
    supergraphSdl: watchedSupergraph(config.supergraphPath, observers.logger),
    logger: observers.logger,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url ?? '',
        timeoutMs: config.subgraphTimeoutsMs[name] ?? config.subgraphTimeoutMs,
        maxResponseBytes: config.subgraphMaxResponseBytesOf[name] ?? config.subgraphMaxResponseBytes,
        circuit: circuits.of(name),
        credentialKey,
        onFetch: observers.onFetch,
      }),
  });
}
