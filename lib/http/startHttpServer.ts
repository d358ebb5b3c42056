import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendGraphQLError } from './sendJson';

/** Handles one HTTP route. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** A running HTTP server: its base URL, and a way to stop it that lets in-flight requests finish. */
export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections and resolves when in-flight requests have finished, or after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts an HTTP server with exact-path routes (the path without its query string). Port 0 picks a free port,
 * which the test harness uses. Unknown paths get 404; a handler that throws gets a 500 with no details, since
 * internals are not for callers.
 */
export async function startHttpServer(
  routes: Record<string, RouteHandler>,
  options: { host: string; port: number; onError?: (error: unknown) => void },
): Promise<RunningHttpServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler = routes[path];
    if (!handler) return sendGraphQLError(response, 404, 'NOT_FOUND', `No such path: ${path}`);
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      options.onError?.(error);
      if (!response.headersSent)
        sendGraphQLError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else response.end();
    });
  });
  // Keep-alive connections from the gateway should outlive the gateway's own idle timeout, so that a reused
  // socket is never closed under a request.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    port,
    server,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        // Connections fall idle as their last response is sent: close them as they do, and cut off any request
        // still running after the grace period, so that shutdown is prompt and bounded.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close((error) => {
          clearInterval(sweep);
          clearTimeout(deadline);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
