import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { compiledEntry } from '@lib/config/processCommands';
import { TIMINGS_REQUEST, type TimedRequest } from '../latency/requestTimingHook';

/** The repository's root, where every entry point is resolved from. */
export const REPOSITORY_ROOT = resolve(__dirname, '../..');

/** A service (subgraph or gateway) running as a process of its own, as it is deployed. */
export interface ServiceProcess {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

/** A Node service, with the request timing hook preloaded. */
export interface TimedServiceProcess extends ServiceProcess {
  /** The GraphQL requests it has served since last asked (see requestTimingHook.ts). */
  takeTimings(): Promise<TimedRequest[]>;
}

/** Whether the timing hook runs in `service`: not in a native binary, which no Node module can be preloaded into. */
export function isTimed(service: ServiceProcess): service is TimedServiceProcess {
  return 'takeTimings' in service;
}

// Preloaded into every service so that each gateway's own time can be told from its subgraphs'.
const TIMING_HOOK = resolve(__dirname, '../latency/requestTimingHook.ts');

// Every service still running, ended with the benchmark however it ends, so that none is left orphaned.
const running = new Set<{ kill(signal: NodeJS.Signals): boolean }>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether a service answers: by default GET of its readiness path answering 200. */
export type ReadinessCheck = (baseUrl: string) => Promise<boolean>;

/** A readiness check by GET of `path`. */
export function answersOk(path: string): ReadinessCheck {
  return (baseUrl) =>
    fetch(`${baseUrl}${path}`).then(
      (response) => response.ok,
      () => false,
    );
}

async function waitUntilReady(
  name: string,
  baseUrl: string,
  isReady: ReadinessCheck,
  exited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${name} exited before it was ready`);
    if (await isReady(baseUrl)) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`${name} was not ready at ${baseUrl} within two minutes`);
}

/** A child process started and ready, with how to stop it. */
interface Launched {
  child: ChildProcess;
  service: ServiceProcess;
}

/**
 * Spawns `executable argv` (in the repository's root unless told otherwise) on a free loopback port (given to the process by `withPort`),
 * and resolves once `isReady` says it answers; ends it with the benchmark however that ends.
 */
async function launch(options: {
  name: string;
  executable: string;
  withPort: (port: number) => { argv: string[]; env: Record<string, string | undefined> };
  isReady: ReadinessCheck;
  graphqlPath?: string;
  /** Whether the child gets an IPC channel (a Node service, for the timing hook). */
  ipc: boolean;
  /** Its working folder (default the repository's root). */
  cwd?: string;
}): Promise<Launched> {
  const port = await freePort();
  const { argv, env } = options.withPort(port);
  const child = spawn(options.executable, argv, {
    cwd: options.cwd ?? REPOSITORY_ROOT,
    env,
    // stdout is dropped (services log each request); errors pass through; the IPC channel carries timings.
    stdio: ['ignore', 'ignore', 'inherit', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  running.add(child);
  let hasExited = false;
  const exited = new Promise<void>((resolveExit) =>
    child.once('exit', () => {
      hasExited = true;
      running.delete(child);
      resolveExit();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(options.name, baseUrl, options.isReady, () => hasExited);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    service: {
      name: options.name,
      pid: child.pid ?? 0,
      baseUrl,
      graphqlUrl: `${baseUrl}${options.graphqlPath ?? '/graphql'}`,
      stop: async () => {
        if (hasExited) return;
        child.kill('SIGTERM');
        // A service that does not stop within its grace period is ended, so the benchmark never hangs.
        const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(forced);
      },
    },
  };
}

/**
 * Starts `node <loader> <entry>` (a compiled .js entry with plain node; a .ts one with `--import tsx` unless the
 * service says how it is run) with `env` plus
 * `portVariable=<free port>` and the request timing hook preloaded, and resolves once it is ready.
 */
export async function startServiceProcess(options: {
  name: string;
  entry: string;
  portVariable: string;
  env: Record<string, string | undefined>;
  isReady: ReadinessCheck;
  graphqlPath?: string;
  /** Arguments to the entry itself (a subgraph's name). */
  entryArguments?: string[];
  /** Further arguments to node, before the entry (a module to preload). */
  nodeArguments?: string[];
  /**
   * How node loads the service's TypeScript, as the service is shipped (default `--import tsx`); the timing hook
   * is preloaded with the same flag, so that the same loader compiles it.
   */
  loaderArguments?: string[];
}): Promise<TimedServiceProcess> {
  const compiled = options.entry.endsWith('.js');
  const loader = options.loaderArguments ?? (compiled ? [] : ['--import', 'tsx']);
  // A compiled service gets the compiled hook; one run through tsx gets the hook's TypeScript with the loader's
  // own flag (--import or --require), wherever it stands among the arguments.
  const hookFlag = compiled
    ? '--require'
    : (loader.find((argument) => argument === '--import' || argument === '--require') ?? '--import');
  const argv = [
    ...loader,
    hookFlag,
    compiled ? compiledEntry('bench/requestTimingHook') : TIMING_HOOK,
    ...(options.nodeArguments ?? []),
    // BENCH_CPU_PROFILE_DIR=<folder>: each service writes a V8 CPU profile there when it stops (for finding
    // where a workload's time goes, process by process; open it in Chrome's DevTools).
    ...(process.env.BENCH_CPU_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROFILE_DIR)}`]
      : []),
    resolve(REPOSITORY_ROOT, options.entry),
    ...(options.entryArguments ?? []),
  ];
  const { child, service } = await launch({
    name: options.name,
    executable: process.execPath,
    withPort: (port) => ({ argv, env: { ...options.env, [options.portVariable]: String(port) } }),
    isReady: options.isReady,
    graphqlPath: options.graphqlPath,
    ipc: true,
  });
  return {
    ...service,
    takeTimings: () =>
      new Promise<TimedRequest[]>((resolveTimings, reject) => {
        const timeout = setTimeout(() => reject(new Error(`${options.name} sent no timings`)), 10_000);
        child.once('message', (message: { timings: TimedRequest[] }) => {
          clearTimeout(timeout);
          resolveTimings(message.timings);
        });
        child.send(TIMINGS_REQUEST);
      }),
  };
}

/**
 * Starts a native executable (a gateway shipped as a binary) with `argumentsFor(port)` and exactly `env`, in
 * `cwd`, and resolves once it is ready. No timing hook can be preloaded into it: it has no `takeTimings`.
 */
export async function startNativeProcess(options: {
  name: string;
  executable: string;
  cwd: string;
  argumentsFor: (port: number) => string[];
  env: Record<string, string | undefined>;
  isReady: ReadinessCheck;
  graphqlPath?: string;
}): Promise<ServiceProcess> {
  const { service } = await launch({
    name: options.name,
    executable: options.executable,
    withPort: (port) => ({ argv: options.argumentsFor(port), env: options.env }),
    isReady: options.isReady,
    graphqlPath: options.graphqlPath,
    ipc: false,
    cwd: options.cwd,
  });
  return service;
}
