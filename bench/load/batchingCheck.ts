import { purposeHeaders } from '../../tests/support/purposeHeaders';
import type { BatchingCheck } from '../report/benchReport';
import type { Population } from '../system/population';
import type { ServiceProcess } from '../system/serviceProcess';
import { statementsRun } from './subgraphStatements';
import { PRISON_LIST_QUERY } from './workloads';

/**
 * Asks this gateway for a short and a long page of the same prison's list, one request at a time, and counts
 * the SQL statements the subgraphs ran for each: with entity batching the count does not grow with the list.
 */
export async function checkBatching(options: {
  gateway: ServiceProcess;
  subgraphs: readonly ServiceProcess[];
  population: Population;
  token: string;
}): Promise<BatchingCheck> {
  const prisonCode = options.population.prisonPages[0]?.prisonCode;
  if (prisonCode === undefined) throw new Error('no prison holds a page of prisoners');
  const statementsFor = async (first: number) => {
    const before = await statementsRun(options.subgraphs);
    const response = await fetch(options.gateway.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.token}`,
        ...purposeHeaders(options.token, 'Benchmark of the gateway (synthetic data)'),
      },
      body: JSON.stringify({ query: PRISON_LIST_QUERY, variables: { code: prisonCode, first, after: null } }),
    });
    const answer = (await response.json()) as {
      data?: { prison?: { prisoners?: unknown[] } };
      errors?: unknown[];
    };
    if (answer.errors) throw new Error(`the prison list failed: ${JSON.stringify(answer.errors)}`);
    const statements = (await statementsRun(options.subgraphs)) - before;
    return { prisoners: answer.data?.prison?.prisoners?.length ?? 0, statements };
  };
  return {
    // Half a page against a whole one: both long enough to reach every table a list touches.
    shortList: await statementsFor(Math.max(2, Math.floor(options.population.pageSize / 2))),
    longList: await statementsFor(options.population.pageSize),
  };
}
