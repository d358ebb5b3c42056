import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger';
import { subgraphOperationLabel } from './metricsRoute';

/**
 * A subgraph's Prometheus metrics: requests by outcome, latency, store errors and, when `storeStatements` is
 * given, the SQL statements its stores have run (read at each scrape), beside process metrics.
 */
export function createSubgraphMetrics(subgraph: string, storeStatements?: () => number) {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph });
  collectDefaultMetrics({ register: registry, prefix: 'justice_subgraph_' });
  return {
    registry,
    requests: new Counter({
      name: 'justice_subgraph_requests_total',
      help: 'GraphQL requests answered by the subgraph, by operation and outcome.',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: 'justice_subgraph_request_duration_seconds',
      help: 'Time to answer a request from the gateway.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    storeErrors: new Counter({
      name: 'justice_subgraph_store_errors_total',
      help: 'Requests that failed because the store was unavailable or locked.',
      registers: [registry],
    }),
    // Statements per request show batching at work (the benchmark divides the change by the requests sent).
    storeStatements: new Counter({
      name: 'justice_subgraph_store_statements_total',
      help: "SQL statements run by the subgraph's stores.",
      registers: storeStatements ? [registry] : [],
      collect() {
        if (!storeStatements) return;
        this.reset();
        this.inc(storeStatements());
      },
    }),
  };
}

/** A subgraph's metrics. */
export type SubgraphMetrics = ReturnType<typeof createSubgraphMetrics>;

/**
 * One log line and metrics per request, carrying the request id the gateway sent (x-request-id), so that a
 * request can be followed from the gateway's log into each subgraph's. No personal data is logged.
 */
export function subgraphRequestLogPlugin<Context extends BaseContext>(
  logger: Logger,
  metrics: SubgraphMetrics,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart: ({ request }) => {
      const started = performance.now();
      const requestId = request.http?.headers.get('x-request-id') ?? null;
      return Promise.resolve({
        willSendResponse: ({ response, operation, request: sent }) => {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errorCodes = [
            ...new Set(
              (body?.errors ?? []).map((error) =>
                typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN',
              ),
            ),
          ];
          const outcome = errorCodes.length === 0 ? 'success' : body?.data ? 'partial' : 'error';
          const seconds = (performance.now() - started) / 1000;
          const kind = subgraphOperationLabel(
            operation?.operation,
            sent.variables !== undefined && 'representations' in sent.variables,
          );
          metrics.requests.inc({ operation: kind, outcome });
          metrics.requestDuration.observe(seconds);
          logger.info({ requestId, outcome, errorCodes, durationMs: Math.round(seconds * 1000) }, 'request');
          return Promise.resolve();
        },
      });
    },
  };
}
