import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAllowedWebhookAddress, isPublicAddress } from '@lib/network/publicAddress';
import { deliverEvent } from '../../subgraphs/notifications/src/services/webhookDelivery';
import { requireWebhookUrl } from '../../subgraphs/notifications/src/services/webhookUrl';

const codeOf = (attempt: () => unknown): unknown => {
  try {
    attempt();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
};

describe('the addresses a webhook may reach', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.20.30.40', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fd12:3456::1', false],
    ['fe80::1', false],
    ['::ffff:10.0.0.1', false],
    ['2001:db8::1', false],
    ['8.8.8.8', true],
    ['172.32.0.1', true],
    ['2606:4700:4700::1111', true],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('allows this machine only where the deployment says so, and never a private network', () => {
    expect(isAllowedWebhookAddress('127.0.0.1', true)).toBe(true);
    expect(isAllowedWebhookAddress('127.0.0.1', false)).toBe(false);
    expect(isAllowedWebhookAddress('10.0.0.1', true)).toBe(false);
  });

  it('refuses URLs naming private or loopback hosts at registration, and accepts public ones', () => {
    for (const url of [
      'https://10.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/hook',
      'https://localhost/hook',
      'https://api.localhost/hook',
      'https://[::ffff:7f00:1]/hook',
      'https://0x7f000001/hook',
    ]) {
      expect([url, codeOf(() => requireWebhookUrl(url, false))]).toEqual([url, 'INVALID_WEBHOOK_URL']);
    }
    expect(requireWebhookUrl('https://crown.example/hook', false)).toBe('https://crown.example/hook');
    expect(requireWebhookUrl('https://8.8.8.8/hook', false)).toBe('https://8.8.8.8/hook');
    expect(requireWebhookUrl('http://127.0.0.1:9/hook', true)).toBe('http://127.0.0.1:9/hook');
  });
});

describe('a delivery', () => {
  let server: Server;
  let hits = 0;
  let port = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits += 1;
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const deliver = (url: string, allowLoopback: boolean) =>
    deliverEvent(url, 'whsec_' + Buffer.alloc(24, 7).toString('base64'), 'evt-1', '{}', 2000, allowLoopback);

  it('connects to a name resolving to this machine only where that is allowed, checked on the resolved address', async () => {
    // localhost passes no check on its name here: the address it resolves to is what is refused.
    expect(await deliver(`http://localhost:${port}/hook`, false)).toBe(
      'host resolves to a private or reserved address',
    );
    expect(hits).toBe(0);
    expect(await deliver(`http://127.0.0.1:${port}/hook`, false)).toBe(
      'host resolves to a private or reserved address',
    );
    expect(hits).toBe(0);
    expect(await deliver(`http://localhost:${port}/hook`, true)).toBeNull();
    expect(hits).toBe(1);
  });
});
