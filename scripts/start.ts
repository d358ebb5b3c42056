/**
 * `npm start`: seeds the embedded stores on first start (a second start reuses them), then runs the four
 * subgraphs and the gateway as separate processes, as they are deployed, and prints where to reach them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { readString } from '@lib/config/environment';
import { configuredStoreLocations } from '../seed/configuredLocations';
import { seedIfEmpty } from '../seed/seedStores';
import { GATEWAY_NODE_ARGUMENTS } from '../gateway/src/nodeArguments';
import { createDevToken } from './token';

const root = resolve(__dirname, '..');
const env = process.env;
const dataDir = resolve(readString(env, 'DATA_DIR', resolve(root, 'data')));

const SERVICES = [
  { name: 'courts', entry: 'subgraphs/courts/src/main.ts', port: readString(env, 'COURTS_PORT', '4001') },
  { name: 'pnomis', entry: 'subgraphs/pnomis/src/main.ts', port: readString(env, 'PNOMIS_PORT', '4002') },
  { name: 'visits', entry: 'subgraphs/visits/src/main.ts', port: readString(env, 'VISITS_PORT', '4003') },
  {
    name: 'confiscation',
    entry: 'subgraphs/confiscation/src/main.ts',
    port: readString(env, 'CONFISCATION_PORT', '4004'),
  },
  {
    name: 'gateway',
    entry: 'gateway/src/main.ts',
    port: readString(env, 'GATEWAY_PORT', '4000'),
    // Run as it is shipped (see nodeArguments.ts); the subgraphs through tsx.
    node: GATEWAY_NODE_ARGUMENTS,
  },
];

const children: ChildProcess[] = [];

function stopAll(code: number): void {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 2000).unref();
}

async function waitUntilReady(name: string, port: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`${name} did not become ready on port ${port} within a minute`);
}

/**
 * Where the processes find each other when ports are moved with <NAME>_PORT: the gateway's route to each subgraph
 * and the visits subgraph's to P-Nomis follow the ports, unless set explicitly.
 */
function serviceUrls(): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const service of SERVICES.filter((candidate) => candidate.name !== 'gateway')) {
    const variable = `SUBGRAPH_${service.name.toUpperCase()}_URL`;
    urls[variable] = readString(env, variable, `http://127.0.0.1:${service.port}/graphql`);
  }
  urls.VISITS_PNOMIS_URL = readString(env, 'VISITS_PNOMIS_URL', urls.SUBGRAPH_PNOMIS_URL ?? '');
  return urls;
}

async function main(): Promise<void> {
  const started = Date.now();
  const manifest = await seedIfEmpty({
    dataDir,
    locations: configuredStoreLocations({ ...env, DATA_DIR: dataDir }),
  });
  // Production mode unless told otherwise: graphql-js then skips its development-time checks (which cost CPU on
  // every request: docs/PERFORMANCE.md), and Apollo Server answers no introspection on the subgraphs, which serve only the gateway.
  const childEnv = { NODE_ENV: 'production', ...env, DATA_DIR: dataDir, ...serviceUrls() };
  for (const service of SERVICES) {
    const node = service.node ?? ['--import', 'tsx'];
    const child = spawn(process.execPath, [...node, resolve(root, service.entry)], {
      cwd: root,
      env: childEnv,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGTERM') {
        console.error(`${service.name} exited (${signal ?? code}); stopping the others`);
        stopAll(1);
      }
    });
    children.push(child);
  }
  await Promise.all(SERVICES.map((service) => waitUntilReady(service.name, service.port)));
  const gatewayPort = SERVICES[SERVICES.length - 1]?.port;
  const sample = manifest.samples.fullJourney[0];
  const analystToken = await createDevToken(['--agency', 'analyst', '--expires', '8h'], childEnv);
  const caseworkerToken = await createDevToken(['--agency', 'offender-manager', '--expires', '8h'], childEnv);
  const url = `http://127.0.0.1:${gatewayPort}/graphql`;
  console.log(`\nReady in ${((Date.now() - started) / 1000).toFixed(1)} s. Gateway: ${url}`);
  console.log(`\nAn analyst token (aggregates and schema introspection, 8 hours):\n${analystToken}`);
  if (sample) {
    console.log(`\nOne journey, as an offender manager (every look at personal data is audited):`);
    console.log(
      `curl -s ${url} -H 'content-type: application/json' -H 'x-access-purpose: Trying the gateway' \\`,
    );
    console.log(`  -H 'authorization: Bearer ${caseworkerToken}' \\`);
    const query = `{ offender(pncId: \\"${sample.pncId}\\") { prisonNumber timeline { occurredAt system summary } } }`;
    console.log(`  -d '{"query":"${query}"}'`);
  }
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
