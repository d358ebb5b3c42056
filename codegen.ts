/**
 * `npm run codegen`: the TypeScript types of each subgraph's resolvers, generated from its SDL in schema/ (the
 * contract), into subgraphs/<name>/src/generated/resolvers.ts. The files are committed; a test fails when they
 * are stale (tests/schema/generatedTypes.test.ts). Offline: it reads only the files named here.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const SUBGRAPH_CONTEXTS = {
  courts: 'CourtsContext',
  pnomis: 'PnomisContext',
  visits: 'VisitsContext',
  confiscation: 'ConfiscationContext',
} as const;

/** How resolvers see the shared scalars: the values inside the services (lib/graphql/scalars.ts). */
const scalars = {
  ID: 'string',
  Date: 'string',
  DateTime: 'string',
  // Whole pence inside the services; a decimal string of pounds only on the wire.
  Money: 'number',
};

function subgraphResolvers(name: keyof typeof SUBGRAPH_CONTEXTS): CodegenConfig['generates'][string] {
  return {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      contextType: `../context#${SUBGRAPH_CONTEXTS[name]}`,
      scalars,
      useTypeImports: true,
      // String unions, as the services write their closed sets, rather than TypeScript enums.
      enumsAsTypes: true,
      // An input field or argument with a default is never missing when a resolver runs.
      avoidOptionals: { defaultValue: true },
      // Parents are the services' own objects (store rows, domain records), not the GraphQL shapes: a resolver
      // receives what its parent resolver returned.
      defaultMapper: 'any',
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.keys(SUBGRAPH_CONTEXTS).map((name) => [
      `subgraphs/${name}/src/generated/resolvers.ts`,
      subgraphResolvers(name as keyof typeof SUBGRAPH_CONTEXTS),
    ]),
  ),
};

export default config;
