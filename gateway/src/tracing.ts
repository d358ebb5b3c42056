/**
 * Starts the gateway's tracing, if configured, before any module it instruments is loaded: main.ts imports it
 * right after ownSourceMapsOnly. The settings may come from .env, so it is loaded here first.
 */
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { startTracing } from '@lib/observability/tracing/startTracing';

loadDotEnv();

/** The gateway's tracing, or null when OTEL_EXPORTER_OTLP_ENDPOINT is not set. */
export const gatewayTracing = startTracing({ serviceName: 'justice-gateway', graphqlSpans: false });
