import type { SubgraphDescriptor } from '@lib/subgraph/subgraphDescriptor';
import { confiscationSubgraph } from './confiscation/src/confiscationSubgraph';
import { courtsSubgraph } from './courts/src/courtsSubgraph';
import { notificationsSubgraph } from './notifications/src/notificationsSubgraph';
import { pnomisSubgraph } from './pnomis/src/pnomisSubgraph';
import { visitsSubgraph } from './visits/src/visitsSubgraph';

/**
 * Every subgraph of the justice graph, declared once. The gateway's configuration and failure messages, `npm
 * start`, composition (rover.yaml is checked against this list), the seed's store locations, the test harness and
 * the benchmark all read it: a new system is its own folder under subgraphs/ and one line here.
 */
export const SUBGRAPHS = [
  courtsSubgraph,
  pnomisSubgraph,
  visitsSubgraph,
  confiscationSubgraph,
  notificationsSubgraph,
] as const;

/** A list of subgraphs to run together: the registry, or a test's list with a subgraph more. */
export type SubgraphRegistry = readonly SubgraphDescriptor[];

/** A subgraph's name in the registry. */
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** The subgraph called `name` in `registry`, or undefined. */
export function findSubgraph(
  name: string,
  registry: SubgraphRegistry = SUBGRAPHS,
): SubgraphDescriptor | undefined {
  return registry.find((subgraph) => subgraph.name === name);
}
