import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { subgraphCommand } from '@lib/config/processCommands';
import { storeEnvironment } from './testStoreLocations';

const ROOT = resolve(__dirname, '../..');

/** A registered subgraph running as a process of its own, as in production, so that a test can kill it outright. */
export interface SubgraphProcess {
  child: ChildProcess;
  /** Kills the process with SIGKILL: no clean shutdown, as in a crash. */
  crash(): Promise<void>;
}

/**
 * Starts the subgraph `name`, compiled as it is deployed (dist/node/subgraphs/main.js, which `npm test` builds
 * first), on a port over a data folder (its stores on the harness's engine), with `env` added, and resolves once it
 * is ready. Compiled, it is ready in about a second; from its sources under tsx it took several, on every restart
 * of the suites that kill and start one again and again.
 */
export async function startSubgraphProcess(options: {
  name: string;
  portVariable: string;
  port: number;
  dataDir: string;
  env?: Record<string, string>;
}): Promise<SubgraphProcess> {
  // Node itself runs the subgraph: a wrapper command would run it in a child of its own, which a SIGKILL to the
  // wrapper would leave running.
  const command = subgraphCommand(options.name, true);
  const child = spawn(process.execPath, [...command.node, ...command.argv], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      ...storeEnvironment(options.dataDir),
      [options.portVariable]: String(options.port),
      LOG_LEVEL: 'silent',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the ${options.name} subgraph did not become ready`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    child,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
