import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a stand-in subgraph misbehaves. */
export type FakeMode =
  | 'slow'
  | 'html'
  | 'http500'
  | 'malformed'
  | 'http400'
  | 'refusesInput'
  /** An answer that never ends: a runaway subgraph streaming JSON for ever (until the caller hangs up). */
  | 'runaway'
  /** Passes every request to the real subgraph at `proxyTo`, as a healthy one answers. */
  | 'proxy';

/** A stand-in for a subgraph that answers badly on purpose, for fault-injection tests. */
export interface FakeSubgraph {
  graphqlUrl: string;
  mode: FakeMode;
  slowMs: number;
  /** Where 'proxy' passes requests. */
  proxyTo?: string;
  /** How many requests it has been sent. */
  requests: number;
  /** How many requests it has been sent on each path (/graphql, /health/live...). */
  requestsTo: Record<string, number>;
  close(): Promise<void>;
}

/** Starts a stand-in subgraph on a free loopback port. */
export async function startFakeSubgraph(mode: FakeMode, slowMs = 3000): Promise<FakeSubgraph> {
  const fake: FakeSubgraph = {
    graphqlUrl: '',
    mode,
    slowMs,
    requests: 0,
    requestsTo: {},
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((request, response) => {
    fake.requests += 1;
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    fake.requestsTo[path] = (fake.requestsTo[path] ?? 0) + 1;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      switch (fake.mode) {
        case 'proxy':
          // The same path on the real subgraph (its GraphQL endpoint, or its health endpoints), the same method.
          void fetch(new URL(request.url ?? '/', fake.proxyTo ?? ''), {
            method: request.method,
            headers: Object.fromEntries(
              Object.entries(request.headers).filter(
                (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
              ),
            ),
            body: request.method === 'GET' ? undefined : Buffer.concat(chunks),
          }).then(
            async (answer) => {
              response.writeHead(answer.status, { 'content-type': 'application/json' });
              response.end(await answer.text());
            },
            () => response.destroy(),
          );
          return;
        case 'runaway': {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('{"data":{"_entities":[');
          const chunk = `${'{"visits":[]},'.repeat(1000)}`;
          const pour = () => {
            if (response.destroyed) return;
            if (response.write(chunk)) setImmediate(pour);
            else response.once('drain', pour);
          };
          response.on('close', () => undefined);
          pour();
          return;
        }
        case 'slow':
          setTimeout(() => {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ data: { _entities: [] } }));
          }, fake.slowMs).unref();
          return;
        case 'html':
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<html><body>Service temporarily unavailable</body></html>');
          return;
        case 'http500':
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end('Internal Server Error');
          return;
        case 'http400':
          // A 400 that is GraphQL but not about the caller's input: the gateway's own query refused.
          response.writeHead(400, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              errors: [
                { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
              ],
            }),
          );
          return;
        case 'refusesInput':
          // What Apollo Server answers when a variable cannot be read (a malformed Money or Date, say).
          response.writeHead(400, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              errors: [
                {
                  message: 'Variable "$x" got invalid value "12.345"; Money must have at most two places',
                  extensions: { code: 'BAD_USER_INPUT' },
                },
              ],
            }),
          );
          return;
        case 'malformed':
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end('{"data": {"_entities": "not a list"}, "errors": 7');
          return;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
