import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInteger, readString } from '@lib/config/environment';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../gateway/src/gatewayConfig';
import { subgraphUrls } from '../../gateway/src/subgraphUrls';

/** The argument that tells Hive Gateway's process to plan with Hive Router's Rust query planner. */
export const RUST_QUERY_PLANNER_ARGUMENT = '--rust-query-planner';

/** What a peer gateway process is told: the same supergraph, subgraph URLs and key folder as this gateway. */
export interface PeerSettings {
  port: number;
  supergraphSdl: string;
  /** Each subgraph's URL, overridden from SUBGRAPH_<NAME>_URL as this gateway does. */
  subgraphUrls: Map<string, string>;
  /** Where the gateway credential's signing key lives (DATA_DIR/keys). */
  dataDir: string;
  /** Whether it was started with RUST_QUERY_PLANNER_ARGUMENT (Hive Gateway alone reads it). */
  rustQueryPlanner: boolean;
}

/** Reads a peer's settings from the environment and arguments the benchmark starts it with. */
export function readPeerSettings(
  env: Record<string, string | undefined> = process.env,
  argv: readonly string[] = process.argv.slice(2),
): PeerSettings {
  const supergraphSdl = readFileSync(
    resolve(readString(env, 'SUPERGRAPH_PATH', resolve(__dirname, '../../schema/supergraph.graphql'))),
    'utf8',
  );
  const overrides: Partial<Record<SubgraphName, string>> = {};
  // The same SUBGRAPH_<NAME>_URL variables as this gateway, for every registered subgraph.
  for (const name of SUBGRAPH_NAMES) {
    const url = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (url) overrides[name] = url;
  }
  return {
    port: readInteger(env, 'GATEWAY_PORT', 4000, 0, 65535),
    supergraphSdl,
    subgraphUrls: subgraphUrls(supergraphSdl, { subgraphUrls: overrides }),
    dataDir: resolve(readString(env, 'DATA_DIR', 'data')),
    rustQueryPlanner: argv.includes(RUST_QUERY_PLANNER_ARGUMENT),
  };
}
