import {
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type CircuitBreakerPolicy,
  type IDisposable,
} from 'cockatiel';

/** A circuit's state as readiness and /metrics report it. */
export type CircuitStateName = 'closed' | 'open';

/** When a circuit opens and how it finds out that the system is back. */
export interface ProbedCircuitOptions {
  /** Consecutive failed calls that open the circuit. */
  failuresToOpen: number;
  /** How often an open circuit probes the system. */
  probeEveryMs: number;
  /** Whether the system answers again (a cheap call of its own, such as its liveness endpoint). */
  isAlive: () => Promise<boolean>;
  onStateChange?: (state: CircuitStateName) => void;
}

/** A circuit breaker whose probes are its own, never a caller's request. */
export interface ProbedCircuit {
  /** The breaker the calls go through: open, it throws at once (cockatiel's IsolatedCircuitError). */
  policy: CircuitBreakerPolicy;
  state(): CircuitStateName;
  /** Stops probing (the process is stopping). */
  stop(): void;
}

/**
 * A circuit breaker (cockatiel's) that, once `failuresToOpen` calls in a row have failed, answers every call at
 * once and probes the system itself every `probeEveryMs` with `isAlive`, closing when it answers. Cockatiel's own
 * half-open state would instead let the next caller's request through as the probe: against a frozen system, that
 * caller would wait the whole timeout, and the request's latency is the user's.
 */
export function probedCircuit(options: ProbedCircuitOptions): ProbedCircuit {
  const breaker = new ConsecutiveBreaker(options.failuresToOpen);
  // Never half-open by itself: the circuit is held open (isolated) from the moment it breaks until a probe passes.
  const policy = circuitBreaker(handleAll, { halfOpenAfter: 2 ** 31 - 1, breaker });
  let held: IDisposable | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const probe = () => {
    timer = setTimeout(() => {
      void options.isAlive().then(
        (alive) => {
          if (stopped) return;
          if (!alive) return probe();
          // A fresh count for the closed circuit: the failures that opened it are behind it.
          breaker.success();
          const releasing = held;
          held = null;
          releasing?.dispose();
        },
        () => probe(),
      );
    }, options.probeEveryMs);
    timer.unref();
  };
  policy.onBreak((reason) => {
    if ('isolated' in reason || held || stopped) return;
    held = policy.isolate();
    probe();
  });
  policy.onStateChange((state) => options.onStateChange?.(state === CircuitState.Closed ? 'closed' : 'open'));
  return {
    policy,
    state: () => (policy.state === CircuitState.Closed ? 'closed' : 'open'),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * Asks a service's liveness endpoint (next to its /graphql): an open circuit's probe. It waits at most a second,
 * and never longer than the time between probes, so that probes never pile up.
 */
export async function answersLiveness(graphqlUrl: string, probeEveryMs = 1000): Promise<boolean> {
  return answersHealth(graphqlUrl, '/health/live', Math.min(1000, probeEveryMs));
}

/** Whether a service's health endpoint next to its /graphql answers 2xx within `timeoutMs`. */
export async function answersHealth(
  graphqlUrl: string,
  path: '/health/live' | '/health/ready',
  timeoutMs: number,
): Promise<boolean> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, path), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
