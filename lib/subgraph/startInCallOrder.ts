import type { SubgraphDescriptor } from './subgraphDescriptor';

/**
 * Starts a list of subgraphs so that each starts after those it asks live (its `calls`: visits asks P-Nomis), and
 * is given their URLs in the variables its descriptor names; those with nothing left to wait for start together.
 * `start` starts one, with the called subgraphs' URLs to add to its environment. Resolves with each started one
 * by name; a subgraph that calls one not in the list, or a cycle of calls, is refused before anything starts.
 * When one fails to start, those already started are stopped before the failure is reported, so that no server
 * outlives a start that did not happen (it would keep a test worker, or a script, from exiting).
 */
export async function startInCallOrder<Started extends { graphqlUrl: string; stop?: () => Promise<unknown> }>(
  subgraphs: readonly SubgraphDescriptor[],
  start: (subgraph: SubgraphDescriptor, calledUrls: Record<string, string>) => Promise<Started>,
): Promise<Map<string, Started>> {
  const started = new Map<string, Started>();
  let waiting = [...subgraphs];
  const names = new Set(subgraphs.map((subgraph) => subgraph.name));
  for (const subgraph of subgraphs) {
    const unknown = Object.keys(subgraph.calls ?? {}).filter((called) => !names.has(called));
    if (unknown.length > 0)
      throw new Error(`${subgraph.name} calls ${unknown.join(', ')}, which is not started`);
  }
  while (waiting.length > 0) {
    const ready = waiting.filter((subgraph) =>
      Object.keys(subgraph.calls ?? {}).every((called) => started.has(called)),
    );
    if (ready.length === 0) {
      throw new Error(`the subgraphs ${waiting.map((subgraph) => subgraph.name).join(', ')} call each other`);
    }
    const outcomes = await Promise.allSettled(
      ready.map((subgraph) =>
        start(
          subgraph,
          Object.fromEntries(
            Object.entries(subgraph.calls ?? {}).map(([called, variable]) => [
              variable,
              started.get(called)?.graphqlUrl ?? '',
            ]),
          ),
        ),
      ),
    );
    ready.forEach((subgraph, index) => {
      const outcome = outcomes[index];
      if (outcome?.status === 'fulfilled') started.set(subgraph.name, outcome.value);
    });
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) {
      await Promise.allSettled([...started.values()].map((running) => running.stop?.() ?? Promise.resolve()));
      throw failed.reason;
    }
    waiting = waiting.filter((subgraph) => !ready.includes(subgraph));
  }
  return started;
}
