import type { ServiceProcess } from '../system/serviceProcess';

const STATEMENTS = /^justice_subgraph_store_statements_total(?:\{[^}]*\})? (\d+(?:\.\d+)?(?:e\+?\d+)?)$/m;

/**
 * The SQL statements every subgraph's stores have run so far, summed, from their /metrics: the change across a
 * measurement divided by the requests sent is the statements per request, the same for every gateway.
 */
export async function statementsRun(subgraphs: readonly ServiceProcess[]): Promise<number> {
  const counts = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const text = await (await fetch(`${subgraph.baseUrl}/metrics`)).text();
      const match = STATEMENTS.exec(text);
      if (!match) throw new Error(`${subgraph.name} publishes no justice_subgraph_store_statements_total`);
      return Number(match[1]);
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
