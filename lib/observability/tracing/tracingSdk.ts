import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { envDetector } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PersonalDataFreeExporter } from './personalDataFreeExporter';
import type { Tracing, TracingOptions } from './startTracing';

/** Paths that probes and scrapers call every few seconds: never traced, they would drown every request's trace. */
const UNTRACED_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK, as startTracing.ts describes; loaded only when tracing is configured, because the
 * SDK, its exporters and instrumentations take seconds and tens of MB to load on a busy machine.
 */
export function startTracingSdk(options: TracingOptions, env: NodeJS.ProcessEnv): Tracing {
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? options.serviceName,
    resourceDetectors: [envDetector],
    textMapPropagator: new W3CTraceContextPropagator(),
    spanProcessors: [new BatchSpanProcessor(new PersonalDataFreeExporter(new OTLPTraceExporter()))],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
        // Only requests made while serving one: not the circuit breakers' probes or the collector's own exports.
        requireParentforOutgoingSpans: true,
      }),
      // Statements on PostgreSQL, the pool's waits for a connection included; SQLite's are the store's own spans.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
      ...(options.graphqlSpans
        ? [new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false, mergeItems: true })]
        : []),
    ],
  });
  sdk.start();
  return { stop: () => sdk.shutdown() };
}
