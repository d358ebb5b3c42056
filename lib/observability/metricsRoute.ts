import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

/** GET /metrics: the process's metrics in the Prometheus text format. */
export function metricsRoute(registry: Registry) {
  return async (_request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const text = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType });
    response.end(text);
  };
}

/**
 * Labels operations for metrics from a closed set: the registered operations' names (the partner agencies'
 * trusted documents), "(anonymous)" for an operation without a name, and "unregistered" for every other name.
 * A name is the caller's to choose, so labelling by it would let any caller add series without end.
 */
export function operationLabeller(
  registered: ReadonlySet<string>,
): (name: string | null | undefined) => string {
  return (name) => {
    if (!name) return '(anonymous)';
    return registered.has(name) ? name : 'unregistered';
  };
}

/**
 * A subgraph's operation as a metric label: what kind of operation the gateway sent (a query, a mutation, or the
 * entity fetch of a federated plan), never its name, which the gateway derives from the caller's.
 */
export function subgraphOperationLabel(operation: string | undefined, isEntityFetch: boolean): string {
  if (isEntityFetch) return 'entities';
  return operation === 'mutation' ? 'mutation' : operation === 'query' ? 'query' : 'other';
}
