/**
 * A stock @apollo/gateway, as its documentation sets one up: ApolloServer with an ApolloGateway over the
 * supergraph, started with startStandaloneServer, default settings and the data source's default fetcher. The
 * one addition is what every gateway needs to reach these subgraphs: the signed credential, added to each
 * subgraph fetch in willSendRequest (see peerCredential.ts). @apollo/gateway refuses a supergraph that links
 * @requiresScopes and @authenticated `for: SECURITY`, since it cannot enforce them; it is given the copy this
 * gateway executes too (the link without that purpose), so it plans the same graph and leaves the scope checks
 * to the subgraphs. Run by the benchmark as a process of its own.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';
import { executionSupergraph } from '@lib/authorization/authorizationRequirements';
import { apolloReportingDisabled, switchOffApolloGatewayTelemetry } from '@lib/network/vendorReporting';
import { peerCredentialSigner } from './peerCredential';
import { readPeerSettings } from './peerSettings';

/** The caller's bearer token, the only thing the data source needs from the incoming request. */
interface PeerContext {
  authorization: string | undefined;
}

async function main(): Promise<void> {
  const settings = readPeerSettings();
  const credentialFor = await peerCredentialSigner(settings.dataDir);

  class CredentialForwardingDataSource extends RemoteGraphQLDataSource<PeerContext> {
    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PeerContext>) {
      const credential = await credentialFor((context as Partial<PeerContext>).authorization);
      if (credential) request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, credential);
    }
  }

  // The one departure from the defaults, as for this gateway: nothing may leave the machine (vendorReporting.ts).
  switchOffApolloGatewayTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: executionSupergraph(settings.supergraphSdl),
    buildService: ({ name, url }) =>
      new CredentialForwardingDataSource({ url: settings.subgraphUrls.get(name) ?? url }),
  });
  const server = new ApolloServer<PeerContext>({ gateway, plugins: apolloReportingDisabled() });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: settings.port },
    context: ({ req }) => Promise.resolve({ authorization: req.headers.authorization }),
  });
  console.log(`stock @apollo/gateway ready at ${url}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('stock @apollo/gateway failed to start:', error);
  process.exit(1);
});
