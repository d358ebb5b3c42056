/**
 * Any subgraph's resolver map, as the shared server code sees it: type name to field resolvers (or a scalar).
 * Each subgraph types its own map with the `Resolvers` that GraphQL Code Generator derives from its SDL
 * (subgraphs/<name>/src/generated/resolvers.ts); every such map is one of these.
 */
export type ResolverMap = { [typeName: string]: object | undefined };
