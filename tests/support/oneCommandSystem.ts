import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { compiledEntry } from '@lib/config/processCommands';
import { freePort } from '../../bench/system/serviceProcess';
import { SUBGRAPHS } from '../../subgraphs/registry';

const ROOT = join(__dirname, '../..');

/** The whole system as `npm start` runs it: the compiled supervisor and its services, each a process. */
export interface OneCommandSystem {
  supervisor: ChildProcess;
  gatewayUrl: string;
  /** The port each service listens on, by name (the registered subgraphs and `gateway`). */
  ports: Record<string, number>;
  /** Everything the supervisor and its services printed so far. */
  output(): string;
  /** Kills the supervisor if it still runs (the services then stop on their own: see afterAll of each test). */
  kill(): void;
}

/**
 * Starts `npm start`'s compiled supervisor (npm run build, which npm test runs first) with every service on a
 * free port and `env` on top, and resolves once it says it is ready.
 */
export async function startOneCommandSystem(env: NodeJS.ProcessEnv): Promise<OneCommandSystem> {
  const ports: Record<string, string> = { GATEWAY_PORT: String(await freePort()) };
  for (const subgraph of SUBGRAPHS) ports[`${subgraph.envPrefix}_PORT`] = String(await freePort());
  const supervisor = spawn(process.execPath, ['--enable-source-maps', compiledEntry('scripts/start')], {
    cwd: ROOT,
    env: { NODE_ENV: 'production', ...env, ...ports },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  supervisor.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  supervisor.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const system: OneCommandSystem = {
    supervisor,
    gatewayUrl: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
    ports: Object.fromEntries([
      ['gateway', Number(ports.GATEWAY_PORT)],
      ...SUBGRAPHS.map((subgraph) => [subgraph.name, Number(ports[`${subgraph.envPrefix}_PORT`])]),
    ]) as Record<string, number>,
    output: () => output,
    kill: () => {
      if (supervisor.exitCode === null && supervisor.signalCode === null) supervisor.kill('SIGKILL');
    },
  };
  try {
    await waitFor(
      () => output.includes('Ready in'),
      120_000,
      () => `not ready:\n${output.slice(-3000)}`,
    );
  } catch (error) {
    system.kill();
    throw error;
  }
  return system;
}

/** Waits until `condition` holds, failing with `why()` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(why());
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
