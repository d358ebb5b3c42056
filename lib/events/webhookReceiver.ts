import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudEventEnvelope } from './cloudEvent';
import { verifyWebhook, WebhookVerificationError } from './webhookSignature';

/** One event a receiver accepted: verified, and the first time its id was seen. */
export interface ReceivedEvent {
  id: string;
  event: CloudEventEnvelope;
  /** When it arrived, in ms since the epoch. */
  receivedAt: number;
}

/** What a receiver is started with. */
export interface WebhookReceiverOptions {
  /** The webhook's signing secret; it may be given later (setSecret), once the webhook is registered. */
  secret?: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Called with each event accepted, in arrival order. */
  onEvent?: (received: ReceivedEvent) => void;
}

/**
 * A webhook receiver as a consumer should write one: it verifies each delivery's Standard Webhooks signature
 * (401 when it does not verify), accepts it with 200, and acts on each event id once, counting the repeats that
 * at-least-once delivery may bring. `failWith(status)` makes it answer an error instead, as a receiver in
 * trouble would; `close()` and `reopen()` take it down and bring it back on the same port.
 */
export async function startWebhookReceiver(options: WebhookReceiverOptions = {}) {
  let secret = options.secret ?? null;
  let failing: number | null = null;
  const seen = new Set<string>();
  const received: ReceivedEvent[] = [];
  const counts = { duplicates: 0, refused: 0, failed: 0 };
  const host = options.host ?? '127.0.0.1';

  const handle: Parameters<typeof createServer>[1] = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (failing !== null) {
        counts.failed += 1;
        response.writeHead(failing).end();
        return;
      }
      let id: string;
      try {
        if (secret === null) throw new WebhookVerificationError('no secret yet');
        id = verifyWebhook(secret, request.headers, body);
      } catch (error) {
        counts.refused += 1;
        response.writeHead(error instanceof WebhookVerificationError ? 401 : 400).end();
        return;
      }
      if (seen.has(id)) counts.duplicates += 1;
      else {
        seen.add(id);
        const event: ReceivedEvent = {
          id,
          event: JSON.parse(body) as CloudEventEnvelope,
          receivedAt: Date.now(),
        };
        received.push(event);
        options.onEvent?.(event);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  };

  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer(handle);
      server.once('error', reject);
      server.listen(port, host, () => resolve(server));
    });
  let server: Server | null = await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const close = async () => {
    const open = server;
    server = null;
    if (!open) return;
    open.closeAllConnections();
    await new Promise<void>((resolve) => open.close(() => resolve()));
  };

  return {
    url: `http://${host}:${port}/webhook`,
    port,
    received,
    counts,
    setSecret(value: string) {
      secret = value;
    },
    failWith(status: number | null) {
      failing = status;
    },
    close,
    async reopen() {
      if (!server) server = await listen(port);
    },
  };
}

/** A running receiver. */
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
