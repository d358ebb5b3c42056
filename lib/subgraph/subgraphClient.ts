import type { GraphQLError } from 'graphql';
import { IsolatedCircuitError } from 'cockatiel';
import { GATEWAY_CREDENTIAL_HEADER } from '../auth/subgraphCredential';
import { lightFetch } from '../http/lightFetch';
import { answersLiveness, probedCircuit } from '../resilience/probedCircuit';

/** Where the other subgraph is, how long to wait for it, and what to say when it cannot answer. */
export interface SubgraphClientOptions {
  /** The other subgraph's GraphQL endpoint. */
  url: string;
  timeoutMs: number;
  /** Questions failing in a row (unreachable, too slow) that open the circuit (default 5). */
  circuitFailures?: number;
  /** How often an open circuit probes the other subgraph's liveness, in ms (default 2000). */
  circuitProbeMs?: number;
  /** The refusal when the other subgraph cannot be asked, given the reason. */
  unavailable: (reason: string) => GraphQLError;
}

/** An error in the other subgraph's answer, with the path of the field it concerns. */
export interface SubgraphAnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** The other subgraph's answer to one question: the data asked for and the errors of the fields it could not give. */
export interface SubgraphAnswer<Data> {
  data?: Data | null;
  errors?: SubgraphAnswerError[];
}

/**
 * Asks another subgraph a GraphQL question directly, as the gateway would, with the caller's gateway credential,
 * so that the other checks the caller's scopes (and caseload) itself. Every question goes through one circuit:
 * a subgraph that is down or frozen costs a request nothing once the circuit is open (refused at once, not after
 * the timeout), and the circuit probes the subgraph itself, closing when it answers
 * (lib/resilience/probedCircuit.ts).
 */
export function subgraphClient(options: SubgraphClientOptions) {
  const probeEveryMs = options.circuitProbeMs ?? 2000;
  const circuit = probedCircuit({
    failuresToOpen: options.circuitFailures ?? 5,
    probeEveryMs,
    isAlive: () => answersLiveness(options.url, probeEveryMs),
  });
  async function post<Data>(query: string, variables: unknown, credential: string | null) {
    try {
      // Node's own http client with keep-alive connections: cheaper per call than the built-in fetch.
      const response = await lightFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(credential ? { [GATEWAY_CREDENTIAL_HEADER]: credential } : {}),
        },
        body: JSON.stringify({ query, variables }),
        timeoutMs: options.timeoutMs,
      });
      if (!response.ok && response.status !== 400) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as SubgraphAnswer<Data>;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw options.unavailable(name === 'TimeoutError' ? 'no answer in time' : 'not reachable');
    }
  }
  return {
    ask: <Data>(query: string, variables: unknown, credential: string | null) =>
      circuit.policy
        .execute(() => post<Data>(query, variables, credential))
        .catch((error: unknown) => {
          throw error instanceof IsolatedCircuitError
            ? options.unavailable('it failed repeatedly and is not asked for now')
            : error;
        }),
  };
}

/** A client of another subgraph. */
export type SubgraphClient = ReturnType<typeof subgraphClient>;
