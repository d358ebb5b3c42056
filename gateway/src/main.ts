// First, before any dependency is loaded (see the module).
import './ownSourceMapsOnly';
import { ConfigurationError } from '@lib/config/environment';
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { readGatewayConfig } from './gatewayConfig';
import { startGateway } from './startGateway';

/** Runs the gateway as a process of its own, stopping cleanly on SIGTERM or SIGINT. */
loadDotEnv();
startGateway(readGatewayConfig())
  .then((gateway) => {
    console.log(`gateway ready at ${gateway.graphqlUrl}`);
    const stop = () => void gateway.stop().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })
  .catch((error: unknown) => {
    console.error(
      `gateway failed to start: ${error instanceof ConfigurationError ? error.message : String(error)}`,
    );
    process.exit(1);
  });
