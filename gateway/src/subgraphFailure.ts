import { BrokenCircuitError, IsolatedCircuitError } from 'cockatiel';
import { GraphQLError } from 'graphql';
import { findSubgraph } from '../../subgraphs/registry';

/** How a subgraph fetch failed. */
export type SubgraphFailureKind =
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'RESPONSE_TOO_LARGE'
  /** The circuit is open: the system failed repeatedly and was not asked (subgraphCircuits.ts). */
  | 'CIRCUIT_OPEN';

/** Connection-level errors: the request never reached the subgraph, so sending a read again is safe. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Classifies a fetch failure: the subgraph was not reached, was too slow, or answered with something not GraphQL. */
export function classifyFailure(error: unknown): SubgraphFailureKind {
  const name = (error as { name?: string } | null)?.name;
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) return 'CIRCUIT_OPEN';
  if (name === 'ResponseTooLargeError') return 'RESPONSE_TOO_LARGE';
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  if (error instanceof GraphQLError && error.extensions.response) return 'BAD_RESPONSE';
  // By name, not instanceof: the JSON parser's SyntaxError may come from another realm (undici's).
  if (name === 'SyntaxError' || /Expected JSON response body/.test(String((error as Error)?.message))) {
    return 'BAD_RESPONSE';
  }
  return 'UNREACHABLE';
}

/** Whether a failure happened before the request reached the subgraph. */
export function isConnectionFailure(error: unknown): boolean {
  const code = causeCode(error);
  return code !== undefined && CONNECTION_CODES.has(code);
}

/**
 * The error a caller sees for a subgraph that failed: it names the system and the kind of failure, at the path
 * of the fields that system was asked for, and never carries the subgraph's internal address.
 */
export function subgraphUnavailable(
  subgraph: string,
  kind: SubgraphFailureKind,
  path?: readonly (string | number)[],
) {
  // The system behind the subgraph as callers know it (the registry's systemName).
  const system = findSubgraph(subgraph)?.systemName ?? subgraph;
  return new GraphQLError(`${system} system unavailable (${kind.toLowerCase().replaceAll('_', ' ')})`, {
    path: path && path.length > 0 ? path : undefined,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph, failure: kind },
  });
}
