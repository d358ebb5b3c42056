import { ApolloGateway } from '@apollo/gateway';
import type { SubgraphCredentialKey } from '@lib/auth/subgraphCredential';
import { executionSupergraph } from '@lib/authorization/authorizationRequirements';
import type { GatewayConfig, SubgraphName } from './gatewayConfig';
import { SubgraphDataSource } from './subgraphDataSource';

/**
 * Builds the federated gateway over the composed supergraph. The gateway holds no domain data: it plans each
 * operation across the subgraphs and routes to the URLs of the supergraph, or to the configured overrides.
 */
export function createGateway(
  config: GatewayConfig,
  supergraphSdl: string,
  credentialKey: SubgraphCredentialKey,
): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: executionSupergraph(supergraphSdl),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name as SubgraphName] ?? url ?? '',
        timeoutMs: config.subgraphTimeoutMs,
        credentialKey,
      }),
  });
}
