/**
 * Hive Gateway (@graphql-hive/gateway-runtime, the engine of the `hive-gateway` CLI) serving the same composed
 * supergraph unchanged, on Node's HTTP server, with its default settings. Subgraph URLs are overridden through
 * transportEntries, and the signed credential every subgraph requires is added with the documented header
 * propagation (see peerCredential.ts). Started with RUST_QUERY_PLANNER_ARGUMENT, it plans with Hive Router's Rust
 * query planner instead of its default JavaScript runtime: `unifiedGraphHandler` from @graphql-hive/router-runtime,
 * as Hive Gateway's documentation configures it ("Rust Query Planner"). Run by the benchmark as a process of its own.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';
import { peerCredentialSigner } from './peerCredential';
import { readPeerSettings } from './peerSettings';

async function main(): Promise<void> {
  const settings = readPeerSettings();
  const credentialFor = await peerCredentialSigner(settings.dataDir);
  const gateway = createGatewayRuntime({
    // Usage reporting (to Hive or GraphOS) happens only when `reporting` is configured or the supergraph comes
    // from GraphOS: neither is, so nothing leaves the machine (the outbound trap test checks it).
    reporting: undefined,
    supergraph: settings.supergraphSdl,
    // Unset, the default runtime (JavaScript stitching): the "Hive Gateway" row.
    unifiedGraphHandler: settings.rustQueryPlanner ? unifiedGraphHandler : undefined,
    transportEntries: Object.fromEntries(
      [...settings.subgraphUrls].map(([name, location]) => [name, { location }]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }) => {
        const credential = await credentialFor(request.headers.get('authorization'));
        return credential ? { [GATEWAY_CREDENTIAL_HEADER]: credential } : {};
      },
    },
  });
  // The runtime is a request listener for Node's HTTP server, as Hive Gateway's documentation shows.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the runtime answers through the response it is given
  const server = createServer(gateway);
  server.listen(settings.port, '127.0.0.1', () => {
    const planner = settings.rustQueryPlanner ? ", Hive Router's Rust query planner," : '';
    console.log(`Hive Gateway${planner} ready at http://127.0.0.1:${settings.port}/graphql`);
  });
  const stop = () => {
    server.close();
    void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('Hive Gateway failed to start:', error);
  process.exit(1);
});
