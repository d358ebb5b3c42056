import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ServiceCommand } from '../config/processCommands';

/** A service the supervisor keeps running. */
export interface SupervisedService extends ServiceCommand {
  name: string;
}

/** How the supervisor restarts a service that exited, and how long it gives services to stop. */
export interface SupervisorOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The first restart's delay, doubled after each quick exit up to maxBackoffMs (default 1 s). */
  initialBackoffMs?: number;
  /** The longest delay between restarts (default 30 s). */
  maxBackoffMs?: number;
  /** A service that ran this long before exiting is restarted after the first delay again (default 60 s). */
  healthyAfterMs?: number;
  /** How long services have to stop after SIGTERM before they are killed (default 15 s). */
  stopGraceMs?: number;
  /** Where the supervisor's own lines go (default standard output). */
  log?: (line: string) => void;
}

/** The supervisor of a set of services. */
export interface Supervisor {
  /** Stops every service (SIGTERM, then SIGKILL after the grace period) and restarts none; idempotent. */
  stopAll(): Promise<void>;
}

interface Running {
  child: ChildProcess;
  startedAt: number;
}

/**
 * Runs each service as a child process and keeps it running: a service that exits when not told to (a crash, a
 * SIGKILL, an exit of its own) is restarted with exponential backoff, the cause logged, while the others go on
 * serving, so that the gateway answers partially for the system that is down instead of the whole system stopping.
 * Stopping stops them all, once, however often it is asked.
 */
export function superviseServices(
  services: readonly SupervisedService[],
  options: SupervisorOptions,
): Supervisor {
  const log = options.log ?? ((line: string) => console.log(line));
  const initialBackoffMs = options.initialBackoffMs ?? 1000;
  const running = new Map<string, Running>();
  const backoff = new Map<string, number>();
  const pendingRestarts = new Set<NodeJS.Timeout>();
  let stopping: Promise<void> | undefined;

  const start = (service: SupervisedService) => {
    const child = spawn(process.execPath, [...service.node, ...service.argv], {
      cwd: options.cwd,
      env: options.env,
      stdio: 'inherit',
    });
    running.set(service.name, { child, startedAt: Date.now() });
    log(`supervisor: ${service.name} started (pid ${child.pid})`);
    child.on('exit', (code, signal) => {
      const ended = running.get(service.name);
      if (ended?.child === child) running.delete(service.name);
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      if (stopping) {
        log(`supervisor: ${service.name} stopped (${how})`);
        return;
      }
      const ranMs = Date.now() - (ended?.startedAt ?? Date.now());
      const previous = backoff.get(service.name);
      const delay =
        previous === undefined || ranMs >= (options.healthyAfterMs ?? 60_000)
          ? initialBackoffMs
          : Math.min(previous * 2, options.maxBackoffMs ?? 30_000);
      backoff.set(service.name, delay);
      log(
        `supervisor: ${service.name} exited unexpectedly (${how}) after ${ranMs} ms; restarting in ${delay} ms`,
      );
      const timer = setTimeout(() => {
        pendingRestarts.delete(timer);
        if (!stopping) start(service);
      }, delay);
      pendingRestarts.add(timer);
    });
  };

  for (const service of services) start(service);

  const stopAll = async () => {
    for (const timer of pendingRestarts) clearTimeout(timer);
    pendingRestarts.clear();
    const children = [...running.values()].map((entry) => entry.child);
    const exits = children.map((child) =>
      child.exitCode === null && child.signalCode === null ? once(child, 'exit') : Promise.resolve(),
    );
    for (const child of children) child.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const child of children)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, options.stopGraceMs ?? 15_000);
    await Promise.all(exits);
    clearTimeout(killer);
  };

  return {
    stopAll: () => {
      stopping ??= stopAll();
      return stopping;
    },
  };
}
