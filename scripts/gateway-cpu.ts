/**
 * `npx tsx scripts/gateway-cpu.ts --from <seeded data dir> [--seconds 15] [--concurrency 16] [--profile <dir>]
 * [--warmup 3]`: the gateway's CPU time per journey request, the steady figure on a shared machine.
 *
 * Runs the four subgraphs and the gateway each as a process of their own (as deployed), over a seeded data folder
 * (read-only: the audit log goes to a temporary file), and sends the full journey of one offender at a time,
 * each request a different person drawn from the seeded population with one of 50 caseworkers' own tokens, from
 * `--concurrency` clients in this process. It prints requests per second, latency percentiles, errors, and the
 * CPU time (user + system, read from /proc) of the gateway and of each subgraph per request. --profile writes
 * the gateway's CPU profile (node --cpu-prof) to the folder given.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../subgraphs/pnomis/src/store/pnomisTables';
import { freePort } from '../bench/system/serviceProcess';
import { createDevToken } from './token';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '16' },
    profile: { type: 'string' },
  },
});

const ROOT = resolve(__dirname, '..');
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const CONCURRENCY = Number(values.concurrency);

const JOURNEY = /* GraphQL */ `
  query Journey($pncId: ID!) {
    offender(pncId: $pncId) {
      prisonNumber
      custody {
        status
        currentPrison {
          name
        }
        releaseDate
      }
      magistratesCases {
        urn
        sentToCrownCourt {
          caseNumber
        }
      }
      visits {
        reference
        date
        status
      }
      confiscationOrders {
        amountOrdered
        balance
        status
      }
      timeline {
        occurredAt
        system
        summary
      }
    }
  }
`;

interface Service {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

async function startService(
  name: string,
  entry: string,
  portVariable: string,
  env: Record<string, string | undefined>,
  nodeArguments: string[] = [],
): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArguments, '--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...env, [portVariable]: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 600) throw new Error(`${name} did not start`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    name,
    pid: child.pid ?? 0,
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** CPU time of a process so far, in ms (user + system), from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 14 and 15 of stat (utime, stime), counted from the state field (3rd) here.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function main(): Promise<void> {
  if (!values.from) throw new Error('--from <seeded data dir> is required');
  const dataDir = resolve(values.from);
  const scratch = mkdtempSync(join(tmpdir(), 'gateway-cpu-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LOG_FILE: '',
    AUDIT_DATABASE_URL: join(scratch, 'audit.db'),
  };
  const pnomisDb = openDatabase<PnomisTables>(join(dataDir, 'pnomis.db'));
  const pncIds = (
    await pnomisDb.db.selectFrom('offender').select('pncId').where('pncId', 'is not', null).execute()
  ).flatMap((row) => (row.pncId ? [row.pncId] : []));
  await pnomisDb.close();
  const subgraphs = await Promise.all(
    (['courts', 'pnomis', 'visits', 'confiscation'] as const).map((name) =>
      startService(name, `subgraphs/${name}/src/main.ts`, `${name.toUpperCase()}_PORT`, env),
    ),
  );
  const urls = Object.fromEntries(
    subgraphs.map((service) => [`SUBGRAPH_${service.name.toUpperCase()}_URL`, `${service.url}/graphql`]),
  );
  const gateway = await startService(
    'gateway',
    'gateway/src/main.ts',
    'GATEWAY_PORT',
    { ...env, ...urls },
    values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : [],
  );
  const tokens = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      createDevToken(['--agency', 'offender-manager', '--subject', `caseworker-${index}`], env),
    ),
  );
  let next = Math.floor(Math.random() * pncIds.length);
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    const errors = new Map<string, number>();
    const deadline = performance.now() + seconds * 1000;
    const before = [gateway, ...subgraphs].map((service) => cpuMs(service.pid));
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          next = (next + 1) % pncIds.length;
          const sent = performance.now();
          const response = await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[next % tokens.length] ?? ''}`,
              'x-access-purpose': 'Preparing a pre-sentence report',
            },
            body: JSON.stringify({ query: JOURNEY, variables: { pncId: pncIds[next] } }),
          });
          const body = (await response.json()) as {
            data?: { offender?: unknown };
            errors?: { extensions?: { code?: string } }[];
          };
          latencies.push(performance.now() - sent);
          const code = body.errors?.[0]?.extensions?.code;
          if (code || !body.data?.offender)
            errors.set(code ?? 'NO_DATA', (errors.get(code ?? 'NO_DATA') ?? 0) + 1);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const after = [gateway, ...subgraphs].map((service) => cpuMs(service.pid));
    latencies.sort((a, b) => a - b);
    return { latencies, errors, elapsed, cpu: after.map((ms, index) => ms - (before[index] ?? 0)) };
  };
  try {
    await run(WARMUP);
    const result = await run(SECONDS);
    const n = result.latencies.length;
    const names = [gateway, ...subgraphs].map((service) => service.name);
    console.log(
      `journey: ${n} requests in ${result.elapsed.toFixed(1)} s = ${(n / result.elapsed).toFixed(0)}/s, ` +
        `p50 ${percentile(result.latencies, 0.5).toFixed(1)} ms, p95 ${percentile(result.latencies, 0.95).toFixed(1)} ms, ` +
        `p99 ${percentile(result.latencies, 0.99).toFixed(1)} ms; errors ${[...result.errors].map(([code, count]) => `${code} ${count}`).join(', ') || 'none'}`,
    );
    console.log(
      `CPU per request: ${names.map((name, index) => `${name} ${((result.cpu[index] ?? 0) / n).toFixed(2)} ms`).join(', ')}`,
    );
  } finally {
    await gateway.stop();
    await Promise.all(subgraphs.map((service) => service.stop()));
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
