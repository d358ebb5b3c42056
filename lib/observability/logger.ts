import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

/**
 * The trace a line was written in, as OpenTelemetry names it in logs (`trace_id`, `span_id`, `trace_flags`), so
 * that a request's lines in every process can be found from its trace and the reverse. Nothing when tracing is
 * off (no OTEL_EXPORTER_OTLP_ENDPOINT), or for a line written outside a request.
 */
function traceOfLine(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context) return {};
  return {
    trace_id: context.traceId,
    span_id: context.spanId,
    trace_flags: `0${context.traceFlags.toString(16)}`,
  };
}

/**
 * The structured JSON logger of one process (pino), at the configured level (LOG_LEVEL: info by default). Logs never
 * carry personal data: no identifiers, variables or tokens; credentials are redacted should one slip in.
 */
export function createLogger(service: string, level = 'info', file: string | null = null): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    mixin: traceOfLine,
    redact: ['authorization', 'req.headers.authorization', 'headers.authorization', '*.credential'],
  };
  // A log file (LOG_FILE) is appended to synchronously, so that several processes can share one.
  return file ? pino(options, pino.destination({ dest: file, sync: true, append: true })) : pino(options);
}

export type { Logger };
