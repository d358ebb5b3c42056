import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';

/** The toy's "system": a fixed list standing in for a store, so that the walk-through needs no migrations. */
interface Probation {
  regions: { code: string; name: string }[];
  close(): Promise<void>;
}

/** The toy fifth subgraph's composition root, resolvers and context. */
export const probationRoot: SubgraphRoot<Probation> = {
  build: () =>
    Promise.resolve({
      regions: [
        { code: 'N07', name: 'London' },
        { code: 'N51', name: 'North West' },
        { code: 'N53', name: 'Wales' },
      ],
      close: () => Promise.resolve(),
    }),
  resolvers: {
    Query: {
      probationRegions: (_parent: unknown, _args: unknown, context: { probation: Probation }) =>
        context.probation.regions,
    },
  },
  createContext: (probation, caller) => ({ probation, caller }),
  checkStores: () => Promise.resolve(),
  storeStatements: () => 0,
};
