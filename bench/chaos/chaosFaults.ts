import SQLite from 'better-sqlite3';
import type { ChaosSystem } from './chaosSystem';
import type { SystemMonitor } from './systemMonitor';

/** What a fault did: when it began and when the thing it broke was back (the clock recovery runs from). */
export interface FaultTimes {
  startedAt: number;
  backAt: number;
}

/** One fault of the run: what it breaks (a subgraph, or null for the whole graph) and how. */
export interface Fault {
  name: string;
  /** The subgraph whose fields it affects; null when it concerns every request. */
  subgraph: string | null;
  /** Whether the gateway's circuit for the subgraph is expected to open (the subgraph is down or frozen). */
  opensCircuit: boolean;
  inject(system: ChaosSystem, monitor: SystemMonitor): Promise<FaultTimes>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the supervisor has started the service again and it says it is ready; returns when. */
async function restartedAndReady(
  system: ChaosSystem,
  monitor: SystemMonitor,
  name: string,
  startsBefore: number,
) {
  const deadline = Date.now() + 60_000;
  while (system.startsOf(name) <= startsBefore) {
    if (Date.now() > deadline) throw new Error(`the supervisor did not restart ${name} within a minute`);
    await sleep(50);
  }
  if (!(await monitor.waitFor((sample) => sample.ready[name] === true, 60_000)))
    throw new Error(`${name} was restarted but never became ready`);
  return Date.now();
}

/** SIGKILL: the process dies at once, mid-request; the supervisor restarts it with backoff. */
export function killFault(subgraph: string): Fault {
  return {
    name: `${subgraph}: SIGKILL`,
    subgraph,
    opensCircuit: true,
    inject: async (system, monitor) => {
      const startsBefore = system.startsOf(subgraph);
      const startedAt = Date.now();
      process.kill(system.pidOf(subgraph), 'SIGKILL');
      return { startedAt, backAt: await restartedAndReady(system, monitor, subgraph, startsBefore) };
    },
  };
}

/** SIGSTOP for `seconds`, then SIGCONT: a process that hangs (swapping, a stuck disk) without dying. */
export function freezeFault(subgraph: string, seconds: number): Fault {
  return {
    name: `${subgraph}: frozen ${seconds} s`,
    subgraph,
    opensCircuit: true,
    inject: async (system) => {
      const pid = system.pidOf(subgraph);
      const startedAt = Date.now();
      process.kill(pid, 'SIGSTOP');
      await sleep(seconds * 1000);
      process.kill(pid, 'SIGCONT');
      return { startedAt, backAt: Date.now() };
    },
  };
}

/** SIGTERM: an operator's restart; the service drains and stops, and the supervisor starts it again. */
export function restartFault(subgraph: string): Fault {
  return {
    name: `${subgraph}: restarted (SIGTERM)`,
    subgraph,
    opensCircuit: false,
    inject: async (system, monitor) => {
      const startsBefore = system.startsOf(subgraph);
      const startedAt = Date.now();
      process.kill(system.pidOf(subgraph), 'SIGTERM');
      return { startedAt, backAt: await restartedAndReady(system, monitor, subgraph, startsBefore) };
    },
  };
}

/** Another process holds the store's write lock for `seconds`: its writes wait, then are refused. */
export function storeLockFault(
  subgraph: string,
  location: (system: ChaosSystem) => string,
  seconds: number,
): Fault {
  return {
    name: `${subgraph} store write-locked ${seconds} s`,
    subgraph,
    opensCircuit: false,
    inject: async (system) => {
      const locker = new SQLite(location(system));
      const startedAt = Date.now();
      locker.exec('BEGIN IMMEDIATE');
      try {
        await sleep(seconds * 1000);
      } finally {
        locker.exec('ROLLBACK');
        locker.close();
      }
      return { startedAt, backAt: Date.now() };
    },
  };
}

/** SIGHUP to the gateway: it reloads its supergraph while requests are in flight. */
export function supergraphReloadFault(): Fault {
  return {
    name: 'gateway: supergraph reloaded (SIGHUP)',
    subgraph: null,
    opensCircuit: false,
    inject: (system) => {
      const startedAt = Date.now();
      process.kill(system.pidOf('gateway'), 'SIGHUP');
      return Promise.resolve({ startedAt, backAt: startedAt });
    },
  };
}
