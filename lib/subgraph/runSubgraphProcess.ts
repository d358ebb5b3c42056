import { ConfigurationError } from '../config/environment';
import type { Tracing } from '../observability/tracing/startTracing';
import { stopOnSignals } from '../process/stopOnSignals';
import { startSubgraph } from './startSubgraph';
import type { SubgraphDescriptor } from './subgraphDescriptor';

/**
 * Runs a subgraph as a process of its own: starts it, says where it listens, and stops it once, cleanly, on
 * SIGTERM or SIGINT however many arrive (in-flight requests finish, stores close, spans are flushed; see
 * stopOnSignals). A configuration error stops start-up with its message.
 */
export function runSubgraphProcess(descriptor: SubgraphDescriptor, tracing: Tracing | null = null): void {
  const { name } = descriptor;
  startSubgraph(descriptor)
    .then((running) => {
      console.log(`${name} subgraph ready at ${running.graphqlUrl}`);
      // The spans of the last requests are flushed to the collector once they have finished.
      stopOnSignals({ name: `${name} subgraph`, stop: () => running.stop().then(() => tracing?.stop()) });
    })
    .catch((error: unknown) => {
      const message = error instanceof ConfigurationError ? error.message : String(error);
      console.error(`${name} subgraph failed to start: ${message}`);
      process.exit(1);
    });
}
