/**
 * `npm start`: seeds the embedded stores on first start (a second start reuses them), then runs the registered
 * subgraphs and the gateway as separate processes, as they are deployed, supervised (a service that exits is
 * restarted, the others keep serving; Ctrl-C stops them all), and prints where to reach them. With `--watch`
 * (`npm run dev`), each service runs from its TypeScript sources and restarts when one of its files changes.
 */
import { resolve } from 'node:path';
import { readString } from '@lib/config/environment';
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { superviseServices, type Supervisor } from '@lib/process/supervisor';
import { configuredStoreLocations } from '../seed/configuredLocations';
import { SUBGRAPHS } from '../subgraphs/registry';
import { seedIfEmpty } from '../seed/seedStores';
import { gatewayCommand, subgraphCommand, type ServiceCommand } from '@lib/config/processCommands';
import { createDevToken } from './token';
import { PROJECT_ROOT } from '@lib/config/projectRoot';

const root = PROJECT_ROOT;
loadDotEnv();
const env = process.env;
const dataDir = resolve(readString(env, 'DATA_DIR', resolve(root, 'data')));

/** A process `npm start` runs: each registered subgraph, then the gateway. */
interface Service extends ServiceCommand {
  name: string;
  port: string;
}

// `npm run dev` (--watch): each service from its sources under tsx watch, restarted when a file it imports changes.
const WATCH = process.argv.includes('--watch');

// Compiled services when this supervisor is itself compiled (npm start), the TypeScript sources under tsx.
const SERVICES: Service[] = [
  ...SUBGRAPHS.map((subgraph) => ({
    name: subgraph.name,
    port: readString(env, `${subgraph.envPrefix}_PORT`, String(subgraph.defaultPort)),
    ...subgraphCommand(subgraph.name, undefined, WATCH),
  })),
  { name: 'gateway', port: readString(env, 'GATEWAY_PORT', '4000'), ...gatewayCommand(undefined, WATCH) },
];

let supervisor: Supervisor | undefined;
let exiting = false;

/** Stops every service once, however often asked (Ctrl-C sends SIGINT here and to each service), then exits. */
function stopAll(code: number): void {
  if (exiting) return;
  exiting = true;
  void (supervisor?.stopAll() ?? Promise.resolve()).then(() => process.exit(code));
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
  const portOf = (name: string) => SERVICES.find((service) => service.name === name)?.port;
  for (const subgraph of SUBGRAPHS) {
    const variable = `SUBGRAPH_${subgraph.name.toUpperCase()}_URL`;
    urls[variable] = readString(env, variable, `http://127.0.0.1:${portOf(subgraph.name)}/graphql`);
  }
  // A subgraph that asks another live (visits asks P-Nomis) follows that one's URL.
  for (const subgraph of SUBGRAPHS) {
    for (const [called, variable] of Object.entries(subgraph.calls ?? {})) {
      urls[variable] = readString(env, variable, urls[`SUBGRAPH_${called.toUpperCase()}_URL`] ?? '');
    }
  }
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
  // A service that exits unexpectedly is restarted with backoff while the others go on serving.
  supervisor = superviseServices(SERVICES, { cwd: root, env: childEnv });
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
      `curl -s ${url} -H 'content-type: application/json' -H 'x-access-purpose: SENTENCE_MANAGEMENT' \\`,
    );
    console.log(
      `  -H 'x-access-purpose-detail: Trying the gateway' -H 'authorization: Bearer ${caseworkerToken}' \\`,
    );
    const query = `{ offender(pncId: \\"${sample.pncId}\\") { prisonNumber timeline { occurredAt system summary } } }`;
    console.log(`  -d '{"query":"${query}"}'`);
  }
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
// The terminal went away: stop everything rather than leave the services running on their own.
process.on('SIGHUP', () => stopAll(0));
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
