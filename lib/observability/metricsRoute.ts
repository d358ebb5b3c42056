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

/** An operation name as a metric label: names are chosen by callers, so odd ones are folded into "other". */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return '(anonymous)';
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'other';
}
