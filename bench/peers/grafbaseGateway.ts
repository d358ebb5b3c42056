/**
 * Grafbase, the Rust peer: the static binary of `@grafbase/cli-x86_64-unknown-linux-musl` (pinned), whose
 * `grafbase dev` composes the subgraphs' SDLs and serves the federated graph. Run by the benchmark as a process of
 * its own, on loopback, from a folder in the run's scratch folder that holds its configuration and its home.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/registry';
import type { BenchData } from '../system/benchData';
import { startNativeProcess, type ReadinessCheck, type ServiceProcess } from '../system/serviceProcess';
import type { RunningSubgraphs } from '../system/startSubgraphs';
import { grafbaseConfig } from './grafbaseConfig';

const CLI_PACKAGE = '@grafbase/cli-x86_64-unknown-linux-musl';

/** The pinned CLI's executable; its package installs on Linux x64 only. */
export function grafbaseExecutable(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`${CLI_PACKAGE}, the Grafbase CLI the benchmark pins, runs on Linux x64 only`);
  }
  return join(dirname(require.resolve(`${CLI_PACKAGE}/package.json`)), 'grafbase');
}

/**
 * Nothing from the benchmark's own environment: no GRAFBASE_ACCESS_TOKEN or GRAFBASE_API_URL (which would point
 * it at Grafbase's platform), no OTEL_* variables, no proxies. Its home, where `grafbase dev` unpacks its assets and
 * would look for credentials, is the run's folder.
 */
function isolatedEnvironment(home: string): Record<string, string> {
  return { PATH: '/usr/bin:/bin', HOME: home };
}

/**
 * Writes `grafbase.toml` for the running subgraphs into `<runDir>/grafbase/` and starts `grafbase dev` on a free
 * loopback port (`grafbase dev` listens on 127.0.0.1 only). Ready once a trivial operation answers.
 */
export async function startGrafbase(
  data: BenchData,
  subgraphs: RunningSubgraphs,
  isReady: ReadinessCheck,
): Promise<ServiceProcess> {
  const folder = join(data.runDir, 'grafbase');
  const home = join(folder, 'home');
  mkdirSync(home, { recursive: true });
  const configPath = join(folder, 'grafbase.toml');
  writeFileSync(
    configPath,
    grafbaseConfig(
      SUBGRAPHS.map((subgraph) => ({
        name: subgraph.name,
        url: subgraphs[subgraph.name].graphqlUrl,
        schemaPath: subgraph.schemaPath,
      })),
    ),
  );
  return startNativeProcess({
    name: 'Grafbase',
    executable: grafbaseExecutable(),
    cwd: folder,
    argumentsFor: (port) => ['--home', home, 'dev', '--config', configPath, '--port', String(port)],
    env: isolatedEnvironment(home),
    isReady,
  });
}
