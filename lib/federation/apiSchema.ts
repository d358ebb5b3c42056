import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';

/** A subgraph's name and SDL, as composition takes them. */
export interface NamedSubgraphSdl {
  name: string;
  sdl: string;
}

/**
 * The graph callers see: the subgraphs composed (as `npm run compose` does), less what only the gateway and the
 * subgraphs use (join directives, @inaccessible fields). Throws with the composition errors when they do not
 * compose.
 */
export function composedApiSchema(subgraphs: readonly NamedSubgraphSdl[]): GraphQLSchema {
  const composed = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: `http://${subgraph.name}.invalid/graphql`,
      typeDefs: parse(subgraph.sdl),
    })),
  );
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  return composed.schema.toAPISchema().toGraphQLJSSchema();
}
