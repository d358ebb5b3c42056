import type { GraphQLError } from 'graphql';
import { IsolatedCircuitError } from 'cockatiel';
import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';
import { outsideCaseload } from '@lib/authorization/caseload';
import { lightFetch } from '@lib/http/lightFetch';
import { answersLiveness, probedCircuit } from '@lib/resilience/probedCircuit';
import { visitRefusal } from '../services/visitRefusal';

/** Where P-Nomis is and how long to wait for it. */
export interface PnomisLocatorOptions {
  /** The P-Nomis subgraph's GraphQL endpoint. */
  url: string;
  timeoutMs: number;
  /** Questions failing in a row (unreachable, too slow) that open the circuit to P-Nomis (default 5). */
  circuitFailures?: number;
  /** How often an open circuit probes P-Nomis's liveness, in ms (default 2000). */
  circuitProbeMs?: number;
}

/** An error in P-Nomis's answer, with the path of the field it concerns. */
export interface PnomisError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** P-Nomis's answer to one question: the data asked for and the errors of the fields it could not give. */
export interface PnomisAnswer<Data> {
  data?: Data | null;
  errors?: PnomisError[];
}

/** The refusal when P-Nomis cannot be asked, or gives no usable answer: nothing was booked or linked. */
export function pnomisUnavailable(reason: string): GraphQLError {
  return visitRefusal(
    'PNOMIS_UNAVAILABLE',
    `P-Nomis could not be asked about the prisoner (${reason}); nothing was booked or linked, try again shortly`,
  );
}

/** An error P-Nomis gave, as this subgraph passes it on: its own caseload refusal, or P-Nomis unavailable. */
export function refusalOf(error: PnomisError): GraphQLError {
  if (error.extensions?.code === 'OUTSIDE_CASELOAD') return outsideCaseload();
  return pnomisUnavailable(`it answered ${error.extensions?.code ?? 'an error'}`);
}

/**
 * Asks the P-Nomis subgraph a GraphQL question directly, as the gateway would, with the caller's gateway
 * credential, so that P-Nomis checks the caller's scopes and caseload itself. Every question goes through one
 * circuit: a P-Nomis that is down or frozen costs a request nothing once the circuit is open (refused at once,
 * not after the timeout), and the circuit probes P-Nomis itself, closing when it answers
 * (lib/resilience/probedCircuit.ts).
 */
export function pnomisClient(options: PnomisLocatorOptions) {
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
      return (await response.json()) as PnomisAnswer<Data>;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw pnomisUnavailable(name === 'TimeoutError' ? 'no answer in time' : 'not reachable');
    }
  }
  return {
    ask: <Data>(query: string, variables: unknown, credential: string | null) =>
      circuit.policy
        .execute(() => post<Data>(query, variables, credential))
        .catch((error: unknown) => {
          throw error instanceof IsolatedCircuitError
            ? pnomisUnavailable('it failed repeatedly and is not asked for now')
            : error;
        }),
  };
}

/** A client of the P-Nomis subgraph. */
export type PnomisClient = ReturnType<typeof pnomisClient>;
