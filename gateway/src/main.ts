// First, before any dependency is loaded (see the module).
import './ownSourceMapsOnly';
// Second, so that tracing instruments node:http before anything uses it.
import { gatewayTracing } from './tracing';
import { ConfigurationError } from '@lib/config/environment';
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { stopOnSignals } from '@lib/process/stopOnSignals';
import { readGatewayConfig } from './gatewayConfig';
import { startGateway } from './startGateway';

/**
 * Runs the gateway as a process of its own: it stops once, in order, on SIGTERM or SIGINT (see stopOnSignals),
 * and reloads its supergraph on SIGHUP (watchedSupergraph.ts).
 */
loadDotEnv();
startGateway(readGatewayConfig())
  .then((gateway) => {
    console.log(`gateway ready at ${gateway.graphqlUrl}`);
    stopOnSignals({
      name: 'gateway',
      // The spans of the last requests are flushed to the collector once they have finished.
      stop: () => gateway.stop().then(() => gatewayTracing?.stop()),
      hangupHandledElsewhere: true,
    });
  })
  .catch((error: unknown) => {
    console.error(
      `gateway failed to start: ${error instanceof ConfigurationError ? error.message : String(error)}`,
    );
    process.exit(1);
  });
