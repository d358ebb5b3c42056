import { ConfigurationError } from '../config/environment';
import { startSubgraph } from './startSubgraph';
import type { SubgraphDescriptor } from './subgraphDescriptor';

/**
 * Runs a subgraph as a process of its own: starts it, says where it listens, and stops it cleanly on SIGTERM
 * or SIGINT (in-flight requests finish, stores close). A configuration error stops start-up with its message.
 */
export function runSubgraphProcess(descriptor: SubgraphDescriptor): void {
  const { name } = descriptor;
  startSubgraph(descriptor)
    .then((running) => {
      console.log(`${name} subgraph ready at ${running.graphqlUrl}`);
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${name} subgraph stopping on ${signal}`);
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`${name} subgraph failed to stop cleanly:`, error);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    })
    .catch((error: unknown) => {
      const message = error instanceof ConfigurationError ? error.message : String(error);
      console.error(`${name} subgraph failed to start: ${message}`);
      process.exit(1);
    });
}
