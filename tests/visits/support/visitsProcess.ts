import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { storeEnvironment } from '../../support/testStoreLocations';

const ROOT = resolve(__dirname, '../../..');

/** The visits subgraph running as a process of its own, as in production, so that a test can kill it outright. */
export interface VisitsProcess {
  child: ChildProcess;
  /** Kills the process with SIGKILL: no clean shutdown, as in a crash. */
  crash(): Promise<void>;
}

async function ready(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the visits subgraph did not become ready at ${url}`);
}

/** Starts `npm run start:subgraph -- visits` on a port over a data folder, and resolves once it is ready. */
export async function startVisitsProcess(options: {
  port: number;
  dataDir: string;
  pnomisUrl: string;
}): Promise<VisitsProcess> {
  // Node itself runs the subgraph, with tsx's loader: the tsx command would run it in a child of its own, which
  // a SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/main.ts', 'visits'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      ...storeEnvironment(options.dataDir),
      VISITS_PORT: String(options.port),
      VISITS_PNOMIS_URL: options.pnomisUrl,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await ready(`http://127.0.0.1:${options.port}/health/ready`, Date.now() + 30_000);
  return {
    child,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
