/**
 * `npx tsx scripts/gateway-startup.ts [--runs 5]`: how long the gateway takes from spawn to answering
 * /health/ready, and its resident memory then, run compiled (as npm start runs it) and from the TypeScript
 * sources through tsx (as before `npm run build` existed), alternating. Needs `npm run build` and a data folder's
 * keys (it makes a scratch one). Prints medians per way of running.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gatewayCommand } from '@lib/config/processCommands';
import { freePort } from '../bench/system/serviceProcess';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startOnce(compiled: boolean, dataDir: string): Promise<{ ms: number; rssMb: number }> {
  const port = await freePort();
  const command = gatewayCommand(compiled);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...command.node, ...command.argv], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      GATEWAY_PORT: String(port),
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/health/live`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ms, rssMb: residentMb(child.pid ?? 0) };
  } finally {
    child.kill('SIGKILL');
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-startup-'));
  const results = {
    compiled: [] as { ms: number; rssMb: number }[],
    sources: [] as { ms: number; rssMb: number }[],
  };
  try {
    await startOnce(true, dataDir); // creates the development keys once
    for (let run = 0; run < runs; run += 1) {
      results.compiled.push(await startOnce(true, dataDir));
      results.sources.push(await startOnce(false, dataDir));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  for (const [way, samples] of Object.entries(results)) {
    console.log(
      `${way}: start to live ${median(samples.map((sample) => sample.ms)).toFixed(0)} ms, ` +
        `RSS then ${median(samples.map((sample) => sample.rssMb)).toFixed(0)} MB (median of ${samples.length})`,
    );
  }
}

void main();
