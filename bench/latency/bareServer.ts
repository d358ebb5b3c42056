/**
 * A bare node:http server, the benchmark's stand-in for a subgraph with no work to do: it reads a POST's body and
 * answers a fixed JSON document the size of a subgraph's answer on the journey. Against it, transportFloor.ts
 * measures what an HTTP round trip between two processes costs on the machine, apart from any server's work.
 * Listens on 127.0.0.1 at $BARE_PORT; GET /health answers 200 when it is up.
 */
import { createServer } from 'node:http';

// About the size of P-Nomis's answer to the journey's first fetch.
const ANSWER = JSON.stringify({ data: { offender: { events: 'x'.repeat(3000) } } });

const server = createServer((request, response) => {
  if (request.method === 'GET') {
    response.writeHead(request.url === '/health' ? 200 : 404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BARE_PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
