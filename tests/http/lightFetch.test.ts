import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lightFetch } from '@lib/http/lightFetch';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

describe('the light fetch between the gateway and the subgraphs', () => {
  const sockets = new Set<string>();
  const server = createServer((request, response) => {
    sockets.add(`${request.socket.remotePort}`);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 500);
      if (request.url === '/text') return void response.end('not json');
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ method: request.method, type: request.headers['x-type'], echo: body }));
    });
  });
  let base = '';
  beforeAll(async () => {
    base = await listen(server);
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('posts a body with its headers and reads the JSON answer, reusing the connection', async () => {
    sockets.clear();
    for (const text of ['é un', 'deux']) {
      const response = await lightFetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Type': 'test' },
        body: text,
      });
      expect(response.ok).toBe(true);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      await expect(response.json()).resolves.toEqual({ method: 'POST', type: 'test', echo: text });
    }
    expect(sockets.size).toBe(1);
  });

  it('reads an answer that is not JSON as text, and refuses to parse it as JSON', async () => {
    const response = await lightFetch(`${base}/text`);
    await expect(response.clone().text()).resolves.toBe('not json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('gives up after its time limit with a TimeoutError', async () => {
    await expect(lightFetch(`${base}/slow`, { timeoutMs: 50 })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('fails with the connection error when nothing listens', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    await expect(lightFetch(url, { timeoutMs: 1000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
