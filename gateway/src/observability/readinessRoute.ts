import { answersHealth } from '@lib/resilience/probedCircuit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@lib/http/sendJson';

/**
 * How long a readiness probe waits for each subgraph: well inside the one second an orchestrator's probe waits
 * for the gateway (Kubernetes' default timeoutSeconds), so that one frozen subgraph makes the gateway "degraded",
 * never unready (which would take every system's answers away with it).
 */
const PROBE_TIMEOUT_MS = 400;

async function probe(graphqlUrl: string): Promise<'up' | 'down'> {
  return (await answersHealth(graphqlUrl, '/health/ready', PROBE_TIMEOUT_MS)) ? 'up' : 'down';
}

/**
 * GET /health/ready: 200 while a supergraph is loaded, with each subgraph's status and circuit in the body
 * ("degraded" when any is down or its circuit is not closed: the gateway still answers, with partial data); 503
 * before the supergraph has loaded.
 */
export function readinessRoute(
  isLoaded: () => boolean,
  urls: () => ReadonlyMap<string, string>,
  circuits: () => Record<string, string> = () => ({}),
) {
  return async (_request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const entries = [...urls()];
    const statuses = await Promise.all(entries.map(([, url]) => probe(url)));
    const subgraphs = Object.fromEntries(entries.map(([name], index) => [name, statuses[index]]));
    if (!isLoaded())
      return sendJson(response, 503, { status: 'starting', supergraph: 'not loaded', subgraphs });
    const degraded = statuses.includes('down');
    const circuitStates = circuits();
    const anyOpen = Object.values(circuitStates).some((state) => state !== 'closed');
    sendJson(response, 200, {
      status: degraded || anyOpen ? 'degraded' : 'ready',
      supergraph: 'loaded',
      subgraphs,
      circuits: circuitStates,
    });
  };
}
