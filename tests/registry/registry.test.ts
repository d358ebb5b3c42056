import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readRoverConfig, subgraphDefinitions } from '@lib/federation/composeSupergraph';
import { SUBGRAPHS } from '../../subgraphs/registry';

const ROOT = resolve(__dirname, '../..');

describe('the registry of subgraphs', () => {
  it('agrees with rover.yaml: the same subgraphs, in order, on their default ports, with the same SDL files', () => {
    const inRover = readRoverConfig(resolve(ROOT, 'rover.yaml')).map(({ name, routingUrl, schemaFile }) => ({
      name,
      routingUrl,
      schemaFile,
    }));
    const inRegistry = subgraphDefinitions(SUBGRAPHS).map(({ name, routingUrl, schemaFile }) => ({
      name,
      routingUrl,
      schemaFile,
    }));
    expect(inRover).toEqual(inRegistry);
  });

  it('gives every subgraph its own name, port and variable prefix', () => {
    for (const key of ['name', 'defaultPort', 'envPrefix'] as const) {
      const values = SUBGRAPHS.map((subgraph) => subgraph[key]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('loads a composition root only when asked: reading the registry loads no store or resolver', () => {
    // The gateway reads the registry; it must not load the subgraphs' stores and resolvers by doing so.
    const script = `require('./subgraphs/registry'); console.log(JSON.stringify(Object.keys(require.cache)));`;
    const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const loaded = JSON.parse(output) as string[];
    expect(loaded).toContain(resolve(ROOT, 'subgraphs/registry.ts'));
    const subgraphCode = /subgraphs\/[^/]+\/src\/(store|resolvers|services)\//;
    expect(loaded.filter((path) => subgraphCode.test(path))).toEqual([]);
  });
});
