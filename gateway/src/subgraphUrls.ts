import { Kind, parse } from 'graphql';
import type { GatewayConfig } from './gatewayConfig';

/** Each subgraph's GraphQL URL: the configured override, else the routing URL composed into the supergraph. */
export function subgraphUrls(
  supergraphSdl: string,
  config: Pick<GatewayConfig, 'subgraphUrls'>,
): Map<string, string> {
  const urls = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = graph?.arguments?.find((candidate) => candidate.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument('name');
      const url = argument('url');
      if (name && url) urls.set(name, config.subgraphUrls[name] ?? url);
    }
  }
  return urls;
}
