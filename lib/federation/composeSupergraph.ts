import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse as parseGraphQL } from 'graphql';
import { parse as parseYaml } from 'yaml';
import type { SubgraphDescriptor } from '../subgraph/subgraphDescriptor';

/** One subgraph as listed in rover.yaml. */
export interface SubgraphDefinition {
  name: string;
  routingUrl: string;
  schemaFile: string;
  sdl: string;
}

/** The outcome of composing the subgraphs listed in a Rover supergraph config. */
export type CompositionOutcome =
  { ok: true; supergraphSdl: string; hints: string[] } | { ok: false; errors: string[] };

interface RoverConfig {
  subgraphs?: Record<string, { routing_url?: string; schema?: { file?: string } }>;
}

/** Reads a Rover supergraph config (rover.yaml) and the SDL file of every subgraph it lists. */
export function readRoverConfig(configPath: string): SubgraphDefinition[] {
  const config = parseYaml(readFileSync(configPath, 'utf8')) as RoverConfig;
  const entries = Object.entries(config.subgraphs ?? {});
  if (entries.length === 0) throw new Error(`${configPath} lists no subgraphs`);
  return entries.map(([name, entry]) => {
    const routingUrl = entry.routing_url;
    const file = entry.schema?.file;
    if (!routingUrl || !file) {
      throw new Error(`${configPath}: subgraph "${name}" needs routing_url and schema.file`);
    }
    const schemaFile = resolve(dirname(configPath), file);
    return { name, routingUrl, schemaFile, sdl: readFileSync(schemaFile, 'utf8') };
  });
}

/**
 * The subgraphs of a registry as rover.yaml would list them: each routed to its default port on loopback, as
 * `npm start` runs it (tests/registry checks that rover.yaml says the same of the registry).
 */
export function subgraphDefinitions(registry: readonly SubgraphDescriptor[]): SubgraphDefinition[] {
  return registry.map((subgraph) => ({
    name: subgraph.name,
    routingUrl: `http://127.0.0.1:${subgraph.defaultPort}/graphql`,
    schemaFile: subgraph.schemaPath,
    sdl: readFileSync(subgraph.schemaPath, 'utf8'),
  }));
}

/** Composes subgraph SDLs into a supergraph with @apollo/composition, as `rover supergraph compose` does. */
export function composeSupergraph(subgraphs: SubgraphDefinition[]): CompositionOutcome {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.routingUrl,
      typeDefs: parseGraphQL(subgraph.sdl),
    })),
  );
  if (result.errors) {
    return { ok: false, errors: result.errors.map((error) => error.message) };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}
