import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A collector's OTLP/HTTP endpoint on loopback that takes every export and keeps nothing but a count. */
export interface TraceSink {
  /** The value for OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string;
  /** Export requests received, and their bytes. */
  exports(): { requests: number; bytes: number };
  stop(): Promise<void>;
}

/**
 * Starts the sink the traced gateway exports to, in the benchmark's own process: tracing is then measured as
 * deployed (spans batched, encoded and posted over HTTP), with no collector's work counted against the gateway.
 */
export async function startTraceSink(): Promise<TraceSink> {
  let requests = 0;
  let bytes = 0;
  const server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exports: () => ({ requests, bytes }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
