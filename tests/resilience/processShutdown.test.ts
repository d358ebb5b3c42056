import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../bench/system/serviceProcess';
import { seededDataDir } from '../support/seededDataDir';

const ROOT = join(__dirname, '../..');
const TIMING_HOOK = join(ROOT, 'bench/latency/requestTimingHook.ts');

async function waitUntilLive(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const live = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`${url} did not answer in time`);
}

/**
 * Starts a service's entry as the benchmark starts it, with its timing hook listening on the IPC channel: the
 * channel keeps the event loop alive, so the process ends only if its shutdown really finishes. NODE_ENV is as
 * deployed (under Jest it is "test", which changes how Apollo Server treats signals). Resolves with how the
 * process ended after SIGTERM, or "still running" ten seconds on.
 */
async function exitOnSigterm(entry: string[], env: Record<string, string>, port: number) {
  const argv = ['--import', 'tsx', '--import', TIMING_HOOK, ...entry];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  try {
    await waitUntilLive(`http://127.0.0.1:${port}/health/live`, Date.now() + 60_000);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timeout = new Promise<'still running'>((resolveTimeout) =>
      setTimeout(() => resolveTimeout('still running'), 10_000).unref(),
    );
    return await Promise.race([exited, timeout]);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

describe('a service process told to stop', () => {
  it('a subgraph stops on SIGTERM and exits 0', async () => {
    const { dataDir } = await seededDataDir();
    const port = await freePort();
    const ended = await exitOnSigterm(
      ['subgraphs/main.ts', 'courts'],
      { DATA_DIR: dataDir, COURTS_PORT: String(port) },
      port,
    );
    expect(ended).toEqual([0, null]);
  }, 90_000);

  it('the gateway stops on SIGTERM and exits 0, its audit log closed, not killed by the signal', async () => {
    const { dataDir } = await seededDataDir();
    const scratch = mkdtempSync(join(tmpdir(), 'gateway-shutdown-'));
    const port = await freePort();
    // Nothing listens on the subgraph URLs: starting and stopping the gateway asks nothing of them.
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    try {
      const ended = await exitOnSigterm(
        ['gateway/src/main.ts'],
        {
          DATA_DIR: dataDir,
          GATEWAY_PORT: String(port),
          AUDIT_DATABASE_URL: join(scratch, 'audit.db'),
          SUBGRAPH_COURTS_URL: nowhere,
          SUBGRAPH_PNOMIS_URL: nowhere,
          SUBGRAPH_VISITS_URL: nowhere,
          SUBGRAPH_CONFISCATION_URL: nowhere,
        },
        port,
      );
      expect(ended).toEqual([0, null]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 90_000);
});
