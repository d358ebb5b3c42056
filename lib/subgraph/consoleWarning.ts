import type { ServiceWarning } from './subgraphDescriptor';

/**
 * A service's warnings on the console, for a system built outside a subgraph process (a test building a store's
 * services directly); a running subgraph passes its structured log instead (startSubgraph.ts).
 */
export function consoleWarning(service: string): ServiceWarning {
  return (message, error) => console.warn(`[${service}] ${message}`, error ?? '');
}
