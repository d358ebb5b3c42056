import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { readGatewayConfig } from '../../gateway/src/gatewayConfig';
import { clientAddress } from '../../gateway/src/hardening/requestRateLimits';
import { startGateway, type RunningGateway } from '../../gateway/src/startGateway';
import { createDevToken } from '../../scripts/token';

/**
 * Request rate limits, attacked through real HTTP: a gateway on its own (no subgraph is needed to count requests),
 * its limits at their defaults unless a case says otherwise. Requests name their client address through one
 * trusted proxy (X-Forwarded-For), so that each case is a caller of its own.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-rates-'));
const running: RunningGateway[] = [];

async function startLoneGateway(env: Record<string, string> = {}): Promise<RunningGateway> {
  const gateway = await startGateway(
    readGatewayConfig({
      ...process.env,
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      GATEWAY_PORT: '0',
      TRUSTED_PROXY_HOPS: '1',
      ...env,
    }),
  );
  running.push(gateway);
  return gateway;
}

afterAll(async () => {
  await Promise.all(running.map((gateway) => gateway.stop()));
});

const token = (agency: string, subject: string) =>
  createDevToken(['--agency', agency, '--subject', subject], { ...process.env, DATA_DIR: dataDir });

/** Sends `{ __typename }` from `address` (as the trusted proxy records it), with a token or none. */
async function ask(gateway: RunningGateway, address: string, bearer?: string) {
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
  };
}

/** Sends `times` requests one after another and returns their statuses. */
async function statuses(times: number, send: () => Promise<{ status: number }>): Promise<number[]> {
  const seen: number[] = [];
  for (let sent = 0; sent < times; sent += 1) seen.push((await send()).status);
  return seen;
}

describe('request rate limits in one gateway (counted in its memory)', () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startLoneGateway();
  });

  it('holds a member of the public to 60 requests a minute, with 429 RATE_LIMITED and Retry-After', async () => {
    const booker = await token('public-visit-booker', 'booker-a');
    const allowed = await statuses(60, () => ask(gateway, '203.0.113.10', booker));
    expect(allowed.filter((status) => status === 429)).toEqual([]);
    const refused = await ask(gateway, '203.0.113.10', booker);
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Counted per member of the public: another booker, and the same one's address used by staff, are not held.
    expect(
      (await ask(gateway, '203.0.113.10', await token('public-visit-booker', 'booker-b'))).status,
    ).not.toBe(429);
    expect((await ask(gateway, '203.0.113.10', await token('offender-manager', 'staff-a'))).status).toBe(200);
  });

  it('holds a client without a token to 120 requests a minute per address, and no other address with it', async () => {
    const allowed = await statuses(120, () => ask(gateway, '203.0.113.20'));
    expect(allowed.filter((status) => status === 429)).toEqual([]);
    expect(await ask(gateway, '203.0.113.20')).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await ask(gateway, '203.0.113.21')).status).toBe(200);
  });

  it('blocks an address that sends ten refused tokens in a minute, whatever it sends next, for five minutes', async () => {
    const refused = await statuses(10, () => ask(gateway, '203.0.113.30', 'not.a.token'));
    expect(refused).toEqual(Array(10).fill(401));
    const valid = await token('offender-manager', 'staff-b');
    const blocked = await ask(gateway, '203.0.113.30', valid);
    expect(blocked).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(blocked.retryAfter)).toBeGreaterThan(60);
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(300);
    // The same token from elsewhere is answered: the block is the address's, not the caller's.
    expect((await ask(gateway, '203.0.113.31', valid)).status).toBe(200);
  });

  it('takes the client address the trusted proxy appended, not one the client wrote before it', async () => {
    // The client writes a fresh address of its own each time; the proxy appends the real one last.
    const spoofed = await statuses(121, () =>
      ask(gateway, `198.51.100.${Math.floor(Math.random() * 250)}, 203.0.113.40`),
    );
    expect(spoofed.at(-1)).toBe(429);
  });

  it('holds the gateway’s other routes to the same limits: no side door round them, nor for guessing tokens', async () => {
    const booker = await token('public-visit-booker', 'booker-c');
    const purposes = (bearer: string) =>
      fetch(`${gateway.url}/access/purposes`, {
        headers: { authorization: `Bearer ${bearer}`, 'x-forwarded-for': '203.0.113.50' },
      });
    // The purposes list and /graphql draw on one count: 30 of each uses the booker's minute up.
    expect(await statuses(30, () => purposes(booker))).toEqual(Array(30).fill(200));
    expect((await statuses(30, () => ask(gateway, '203.0.113.50', booker))).filter((s) => s === 429)).toEqual(
      [],
    );
    const refused = await purposes(booker);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Refused tokens sent to the officer's look-up count towards the address's block, as on /graphql.
    const lookUp = () =>
      fetch(`${gateway.url}/audit/consultations?pncId=2001/0000001A`, {
        headers: { authorization: 'Bearer not.a.token', 'x-forwarded-for': '203.0.113.51' },
      });
    expect(await statuses(10, lookUp)).toEqual(Array(10).fill(401));
    expect(await ask(gateway, '203.0.113.51', await token('offender-manager', 'staff-c'))).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });

  it('counts refusals for each limit in the metrics', async () => {
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    for (const limit of ['public-booker', 'anonymous', 'failed-tokens'])
      expect(metrics).toMatch(new RegExp(`justice_gateway_rate_limited_total\\{limit="${limit}"\\} [1-9]`));
  });
});

describe('request rate limits shared by two replicas through Redis', () => {
  it('counts a caller across both replicas: over the limit on one, refused on the other', async () => {
    const shared = {
      RATE_LIMIT_REDIS_URL: 'redis://127.0.0.1:6379',
      // A prefix of this run's own, so that no other run or suite shares its counts.
      RATE_LIMIT_KEY_PREFIX: `test-${randomUUID()}`,
      RATE_LIMIT_CALLER_PER_MINUTE: '6',
    };
    const [first, second] = await Promise.all([startLoneGateway(shared), startLoneGateway(shared)]);
    const caseworker = await token('offender-manager', 'staff-c');
    const alternating = await statuses(6, async () =>
      ask(Math.random() < 0.5 ? first : second, '203.0.113.50', caseworker),
    );
    expect(alternating).toEqual(Array(6).fill(200));
    expect(await ask(first, '203.0.113.50', caseworker)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
    expect(await ask(second, '203.0.113.50', caseworker)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });

  it('falls back to counting in memory while Redis cannot be reached: the limit holds and nothing fails', async () => {
    const gateway = await startLoneGateway({
      RATE_LIMIT_REDIS_URL: 'redis://127.0.0.1:1',
      RATE_LIMIT_CALLER_PER_MINUTE: '5',
    });
    const caseworker = await token('offender-manager', 'staff-d');
    expect(await statuses(5, () => ask(gateway, '203.0.113.60', caseworker))).toEqual(Array(5).fill(200));
    expect(await ask(gateway, '203.0.113.60', caseworker)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });
});

describe('the client address a limit counts against', () => {
  const request = (forwardedFor?: string) =>
    ({
      socket: { remoteAddress: '127.0.0.1' },
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    }) as unknown as IncomingMessage;

  it('is the socket’s without trusted proxies: X-Forwarded-For, which any caller can write, is ignored', () => {
    expect(clientAddress(request('198.51.100.7'), 0)).toBe('127.0.0.1');
  });

  it('is the one the trusted proxies appended, however many addresses the caller wrote before them', () => {
    expect(clientAddress(request('198.51.100.7, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(request('198.51.100.7, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
    expect(clientAddress(request(), 1)).toBe('127.0.0.1');
  });
});
