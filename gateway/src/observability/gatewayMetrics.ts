import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus metrics, in a registry of its own (so that several gateways in one test process do
 * not share counters): requests by operation and outcome, latency, subgraph fetches, authorization-decision
 * cache use, and audit writes, beside Node's process metrics.
 */
export function createGatewayMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'justice_gateway_' });
  return {
    registry,
    requests: new Counter({
      name: 'justice_gateway_requests_total',
      help: 'GraphQL requests answered, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: 'justice_gateway_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name.',
      labelNames: ['operation'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphFetchDuration: new Histogram({
      name: 'justice_gateway_subgraph_fetch_duration_seconds',
      help: 'Time of each fetch from a subgraph, by subgraph.',
      labelNames: ['subgraph'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    subgraphFetchErrors: new Counter({
      name: 'justice_gateway_subgraph_fetch_errors_total',
      help: 'Subgraph fetches that failed, by subgraph and kind (UNREACHABLE, TIMEOUT, BAD_RESPONSE).',
      labelNames: ['subgraph', 'kind'],
      registers: [registry],
    }),
    authorizationDecisions: new Counter({
      name: 'justice_gateway_authorization_decisions_total',
      help: 'Authorization decisions per operation and scopes, by whether the cache already held one (hit, miss).',
      labelNames: ['cache'],
      registers: [registry],
    }),
    auditWrites: new Counter({
      name: 'justice_gateway_audit_writes_total',
      help: 'Audit records appended, by result (written, failed).',
      labelNames: ['result'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'justice_gateway_rate_limited_total',
      help: 'Requests refused with 429 for their rate, by limit (caller, public-booker, anonymous, failed-tokens).',
      labelNames: ['limit'],
      registers: [registry],
    }),
    subgraphCircuitState: new Gauge({
      name: 'justice_gateway_subgraph_circuit_state',
      help: "Each subgraph's circuit breaker: 0 closed, 2 open (not asked; the gateway probes its liveness)",
      labelNames: ['subgraph'],
      registers: [registry],
    }),
  };
}

/** The gateway's metrics. */
export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
