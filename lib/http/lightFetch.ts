import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { LRUCache } from 'lru-cache';

/** What a POST to a GraphQL endpoint needs to say. */
export interface LightRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Abandon the request after this many ms: it fails with an error named TimeoutError, as fetch's would. */
  timeoutMs?: number;
  /**
   * Abandon an answer whose body grows past this many bytes: it fails with a ResponseTooLargeError, and the rest
   * is never read, so that a runaway answer cannot exhaust the caller's memory.
   */
  maxResponseBytes?: number;
}

/** Headers of an answer, read as fetch's Headers are (names in any case). */
export class LightHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name) ?? ''];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** An answer, read whole, with the parts of fetch's Response that GraphQL clients use. */
export class LightResponse {
  bodyUsed = false;
  readonly redirected = false;
  readonly type = 'basic';

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: LightHeaders,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    this.bodyUsed = true;
    return Promise.resolve(this.body);
  }

  async json(): Promise<unknown> {
    this.bodyUsed = true;
    // Async, so that a body that is not JSON rejects the promise (as fetch's does) rather than throwing.
    await Promise.resolve();
    return JSON.parse(this.body) as unknown;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.body, 'utf8');
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  clone(): LightResponse {
    return new LightResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/** An answer abandoned because its body grew past the limit the caller set. */
export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError';
  constructor(maxBytes: number) {
    super(`answer larger than ${maxBytes} bytes`);
  }
}

/** A request abandoned after its time limit; named as fetch names it, so that callers tell it from the rest. */
export class LightTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

const keepAlive = { keepAlive: true, maxSockets: 256, scheduling: 'lifo' as const };
// The few endpoints called, parsed once each.
const targets = new LRUCache<string, URL>({ max: 100 });

function targetOf(url: string): URL {
  let target = targets.get(url);
  if (target === undefined) {
    target = new URL(url);
    targets.set(url, target);
  }
  return target;
}
const httpAgent = new Agent(keepAlive);
const httpsAgent = new HttpsAgent(keepAlive);

/**
 * A minimal fetch over Node's own http client and a keep-alive agent, for the calls between the gateway and the
 * subgraphs (short JSON POSTs to a handful of hosts). The built-in fetch (undici) does the same job through the
 * WHATWG streams machinery, cloning the request body and creating several streams per call, which costs several
 * times the CPU of the call itself. Connection failures reject with Node's error (its `code`, ECONNREFUSED, ECONNRESET
 * and so on, as fetch's `cause` carries it); the time limit rejects with a TimeoutError.
 */
export function lightFetch(url: string, init: LightRequestInit = {}): Promise<LightResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      outcome();
    };
    const fail = (error: Error) => settle(() => reject(error));
    const target = targetOf(url);
    const secure = target.protocol === 'https:';
    const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
    const headers: Record<string, string | number> = { ...init.headers };
    if (body !== undefined) headers['content-length'] = body.byteLength;
    const request = (secure ? httpsRequest : httpRequest)(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: init.method ?? 'GET',
        headers,
        agent: secure ? httpsAgent : httpAgent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.byteLength;
          if (init.maxResponseBytes !== undefined && received > init.maxResponseBytes) {
            const tooLarge = new ResponseTooLargeError(init.maxResponseBytes);
            fail(tooLarge);
            request.destroy(tooLarge);
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', fail);
        response.on('end', () => {
          const answer = new LightResponse(
            url,
            response.statusCode ?? 0,
            response.statusMessage ?? '',
            new LightHeaders(response.headers),
            Buffer.concat(chunks).toString('utf8'),
          );
          settle(() => resolve(answer));
        });
      },
    );
    request.on('error', fail);
    if (init.timeoutMs !== undefined) {
      const timeoutMs = init.timeoutMs;
      timer = setTimeout(() => {
        const timeout = new LightTimeoutError(timeoutMs);
        fail(timeout);
        request.destroy(timeout);
      }, timeoutMs);
    }
    request.end(body);
  });
}
