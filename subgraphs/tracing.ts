/**
 * Starts a subgraph's tracing, if configured, before any module it instruments (node:http, pg, graphql) is loaded:
 * main.ts imports it first. The settings may come from .env, so it is loaded here first.
 */
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { startTracing } from '@lib/observability/tracing/startTracing';

loadDotEnv();

/** The subgraph's tracing (named after the subgraph main.ts runs), or null when OTEL_EXPORTER_OTLP_ENDPOINT is not set. */
export const subgraphTracing = startTracing({
  serviceName: `justice-${process.argv[2] ?? 'subgraph'}`,
  graphqlSpans: true,
});
