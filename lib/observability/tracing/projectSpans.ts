import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

/**
 * The project's own spans (store statements on SQLite, the audit write). Without tracing started (no
 * OTEL_EXPORTER_OTLP_ENDPOINT) the API's tracer is a no-op, so these cost next to nothing.
 */
const tracer = trace.getTracer('justice-gateway');

/** Runs `work` inside a span called `name`; a failure marks the span failed, by its error's type only. */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.name : typeof error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Records a span for something that has just finished and took `durationMs`: a statement whose time the query
 * builder reports once it is done (Kysely's log), in the context of whoever ran it.
 */
export function recordFinishedSpan(name: string, attributes: Attributes, durationMs: number): void {
  if (!trace.getActiveSpan()?.isRecording()) return;
  const end = performance.timeOrigin + performance.now();
  tracer.startSpan(name, { attributes, startTime: end - durationMs }).end(end);
}
