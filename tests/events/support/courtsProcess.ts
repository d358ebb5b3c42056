import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { storeEnvironment } from '../../support/testStoreLocations';

const ROOT = resolve(__dirname, '../../..');

/** The courts subgraph as a process of its own, so that a test can kill it between a commit and its relay. */
export interface CourtsProcess {
  child: ChildProcess;
  /** SIGKILL: no clean shutdown, no lease given up, as in a crash. */
  crash(): Promise<void>;
}

/** Starts `subgraphs/main.ts courts` on a port over a data folder, and resolves once it is ready. */
export async function startCourtsProcess(options: {
  port: number;
  dataDir: string;
  env: Record<string, string>;
}): Promise<CourtsProcess> {
  // Node runs it with tsx's loader, not the tsx command, which would leave a child of its own behind a SIGKILL.
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/main.ts', 'courts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      ...storeEnvironment(options.dataDir),
      COURTS_PORT: String(options.port),
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
    if (Date.now() > deadline) throw new Error('the courts subgraph did not become ready');
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
