import type { CircuitBreakerPolicy } from 'cockatiel';
import {
  answersLiveness,
  probedCircuit,
  type CircuitStateName,
  type ProbedCircuit,
} from '@lib/resilience/probedCircuit';

export type { CircuitStateName };

/** When a subgraph's circuit opens, and how often it is probed while open. */
export interface CircuitSettings {
  /** Consecutive failed fetches that open the circuit (SUBGRAPH_CIRCUIT_FAILURES, default 5). */
  failuresToOpen: number;
  /** How often an open circuit probes the subgraph's liveness (SUBGRAPH_CIRCUIT_PROBE_MS). */
  probeAfterMs: number;
}

/** The circuit breakers of the gateway's subgraphs, one each. */
export interface SubgraphCircuits {
  /** The breaker a subgraph's fetches go through. */
  of(subgraph: string): CircuitBreakerPolicy;
  /** Every circuit's state, by subgraph. */
  states(): Record<string, CircuitStateName>;
  /** Stops every probe (the gateway is stopping). */
  stop(): void;
}

/**
 * A circuit breaker per subgraph (lib/resilience/probedCircuit.ts): after `failuresToOpen` fetches in a row fail
 * (unreachable, too slow, not GraphQL, too large), the gateway stops asking that system and answers its fields at
 * once with SUBGRAPH_UNAVAILABLE (failure CIRCUIT_OPEN), instead of every request waiting for the timeout; it
 * probes the subgraph's liveness itself every `probeAfterMs` and closes the circuit when it answers, so no
 * caller's request is ever the one that waits on a frozen system. `urlOf` gives a subgraph's GraphQL URL.
 */
export function createSubgraphCircuits(
  settings: CircuitSettings,
  urlOf: (subgraph: string) => string | undefined,
  onStateChange?: (subgraph: string, state: CircuitStateName) => void,
): SubgraphCircuits {
  const circuits = new Map<string, ProbedCircuit>();
  const of = (subgraph: string) => {
    let circuit = circuits.get(subgraph);
    if (!circuit) {
      circuit = probedCircuit({
        failuresToOpen: settings.failuresToOpen,
        probeEveryMs: settings.probeAfterMs,
        isAlive: async () => {
          const url = urlOf(subgraph);
          return url !== undefined && (await answersLiveness(url, settings.probeAfterMs));
        },
        onStateChange: (state) => onStateChange?.(subgraph, state),
      });
      circuits.set(subgraph, circuit);
      // Reported from the start, so that /metrics shows every circuit, closed ones too.
      onStateChange?.(subgraph, 'closed');
    }
    return circuit.policy;
  };
  return {
    of,
    states: () => Object.fromEntries([...circuits].map(([name, circuit]) => [name, circuit.state()])),
    stop: () => {
      for (const circuit of circuits.values()) circuit.stop();
    },
  };
}
