import { resolve } from 'node:path';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** The toy fifth subgraph's descriptor: all that the registry needs to know of it. */
export const probationSubgraph = defineSubgraph({
  name: 'probation',
  systemName: 'Probation',
  defaultPort: 4006,
  envPrefix: 'PROBATION',
  schemaPath: resolve(__dirname, 'probation.graphql'),
  stores: [],
  root: () => import('./probationRoot').then((module) => module.probationRoot),
});
