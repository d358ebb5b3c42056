import type { startTracingSdk } from './tracingSdk';

type StartTracingSdk = typeof startTracingSdk;

/** What a process traces: whether it serves GraphQL of its own (a subgraph) or federates (the gateway). */
export interface TracingOptions {
  /** The service name spans carry (`OTEL_SERVICE_NAME` overrides it). */
  serviceName: string;
  /**
   * Whether to trace graphql-js's parse, validate and execute: useful in a subgraph, whose execution is its own;
   * the gateway's are @apollo/gateway's own spans (gateway.request, gateway.plan, gateway.fetch).
   */
  graphqlSpans: boolean;
}

/** A running tracer: `stop()` flushes what is still buffered to the collector. */
export interface Tracing {
  stop(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, and does nothing otherwise: no span is
 * then made or exported, and no W3C traceparent is read or sent. Must run before the modules it instruments
 * (node:http, pg, graphql) are used, so each process entry imports it first.
 *
 * Nothing but the configured collector is ever contacted: resources come from OTEL_RESOURCE_ATTRIBUTES alone (the
 * SDK's default detectors would read the host; the cloud detectors, never listed here, would probe metadata
 * endpoints), metrics and logs are not exported, and only the W3C trace context is propagated (not baggage, which
 * a caller fills). Spans are exported as OTLP over HTTP (JSON) in batches, after the personal-data filter
 * (personalDataFreeExporter.ts). Sampling follows the standard OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG
 * (`parentbased_traceidratio` with `0.1` traces one request in ten, and every request a traced caller sampled).
 */
export function startTracing(options: TracingOptions, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return null;
  // Loaded here and only here: without tracing, no process pays for the SDK (seconds and tens of MB to load).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracingSdk } = require('./tracingSdk') as { startTracingSdk: StartTracingSdk };
  return startTracingSdk(options, env);
}
