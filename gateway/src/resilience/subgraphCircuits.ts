import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type CircuitBreakerPolicy,
} from 'cockatiel';

/** A circuit's state as readiness and /metrics report it. */
export type CircuitStateName = 'closed' | 'open' | 'half-open';

/** When a subgraph's circuit opens, and when it is probed again. */
export interface CircuitSettings {
  /** Consecutive failed fetches that open the circuit (SUBGRAPH_CIRCUIT_FAILURES, default 5). */
  failuresToOpen: number;
  /** How long an open circuit answers at once before one fetch probes the subgraph (SUBGRAPH_CIRCUIT_PROBE_MS). */
  probeAfterMs: number;
}

/** The circuit breakers of the gateway's subgraphs, one each (cockatiel's). */
export interface SubgraphCircuits {
  /** The breaker a subgraph's fetches go through. */
  of(subgraph: string): CircuitBreakerPolicy;
  /** Every circuit's state, by subgraph. */
  states(): Record<string, CircuitStateName>;
}

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  // Isolation is manual and unused here; it answers at once as an open circuit does.
  [CircuitState.Isolated]: 'open',
};

/**
 * A circuit breaker per subgraph: after `failuresToOpen` fetches in a row fail (unreachable, too slow, not
 * GraphQL, too large), the gateway stops asking that system and answers its fields at once with
 * SUBGRAPH_UNAVAILABLE (failure CIRCUIT_OPEN), instead of every request waiting for the timeout; after
 * `probeAfterMs` one fetch is let through, and the circuit closes when it succeeds.
 */
export function createSubgraphCircuits(
  settings: CircuitSettings,
  onStateChange?: (subgraph: string, state: CircuitStateName) => void,
): SubgraphCircuits {
  const circuits = new Map<string, CircuitBreakerPolicy>();
  const of = (subgraph: string) => {
    let circuit = circuits.get(subgraph);
    if (!circuit) {
      circuit = circuitBreaker(handleAll, {
        halfOpenAfter: settings.probeAfterMs,
        breaker: new ConsecutiveBreaker(settings.failuresToOpen),
      });
      circuit.onStateChange((state) => onStateChange?.(subgraph, STATE_NAMES[state]));
      circuits.set(subgraph, circuit);
      // Reported from the start, so that /metrics shows every circuit, closed ones too.
      onStateChange?.(subgraph, 'closed');
    }
    return circuit;
  };
  return {
    of,
    states: () =>
      Object.fromEntries([...circuits].map(([name, circuit]) => [name, STATE_NAMES[circuit.state]])),
  };
}
