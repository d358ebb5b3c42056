import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the gate does with a relayed batch. */
export type GateMode = 'hold' | 'forward-then-hold' | 'pass';

/**
 * A loopback stand-in between a subgraph's relay and the notifications subgraph, to catch the relay at the two
 * moments a crash matters: `hold` keeps the batch from notifications and never answers (the relay has read its
 * events but cannot mark them); `forward-then-hold` hands it on and never answers (notifications has the events,
 * the outbox still says they wait); `pass` forwards and answers, as if it were not there.
 */
export async function startRelayGate(notificationsGraphqlUrl: string) {
  let mode: GateMode = 'pass';
  const batches: { mode: GateMode; eventIds: string[] }[] = [];
  const target = new URL('/events/relay', notificationsGraphqlUrl).toString();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const current = mode;
        const eventIds = (JSON.parse(body) as { events: { id: string }[] }).events.map((event) => event.id);
        if (current === 'hold') {
          batches.push({ mode: current, eventIds });
          return;
        }
        const headers = Object.fromEntries(
          ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [
            name,
            String(request.headers[name] ?? ''),
          ]),
        );
        const forwarded = await fetch(target, { method: 'POST', headers, body });
        const answer = await forwarded.text();
        batches.push({ mode: current, eventIds });
        if (current === 'forward-then-hold') return;
        response.writeHead(forwarded.status, { 'content-type': 'application/json' }).end(answer);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    /** The URL to give the relay as the notifications subgraph's. */
    url: `http://127.0.0.1:${port}/graphql`,
    batches,
    setMode(next: GateMode) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
