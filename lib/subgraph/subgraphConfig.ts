import { resolve } from 'node:path';
import { readInteger, readLogLevel, readString } from '../config/environment';

/** The settings every subgraph process reads once at start-up. */
export interface SubgraphConfig {
  /** Interface to listen on (default 127.0.0.1: subgraphs are reached through the gateway). */
  host: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Where the store lives: a SQLite file path (default data/<name>.db) or a postgres:// URL. */
  databaseLocation: (storeName: string) => string;
  /** Largest accepted request body in bytes (default 1 MiB; entity batches from the gateway can be large). */
  maxBodyBytes: number;
  /** Where the data folder is (DATA_DIR, default data): development keys live under it. */
  dataDir: string;
  /**
   * The gateway's public key (a JWK or JWKS file) that signs its credentials (GATEWAY_CREDENTIAL_PUBLIC_KEY_FILE);
   * unset means the development key under DATA_DIR/keys, created if need be.
   */
  gatewayCredentialPublicKeyFile: string | null;
  /** The log level (LOG_LEVEL: fatal, error, warn, info, debug, trace or silent; default info). */
  logLevel: string;
  /** Where logs go: a file (LOG_FILE) appended to, or standard output when unset. */
  logFile: string | null;
}

/**
 * Reads a subgraph's settings from the environment: `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL` (or
 * `<PREFIX>_<STORE>_DATABASE_URL` for a subgraph with several stores), `SUBGRAPH_HOST`, `DATA_DIR`.
 */
export function readSubgraphConfig(
  prefix: string,
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  const dataDir = resolve(readString(env, 'DATA_DIR', 'data'));
  return {
    dataDir,
    logLevel: readLogLevel(env),
    logFile: readString(env, 'LOG_FILE', '') || null,
    gatewayCredentialPublicKeyFile: readString(env, 'GATEWAY_CREDENTIAL_PUBLIC_KEY_FILE', '') || null,
    host: readString(env, 'SUBGRAPH_HOST', '127.0.0.1'),
    port: readInteger(env, `${prefix}_PORT`, defaultPort, 0, 65535),
    maxBodyBytes: readInteger(env, 'SUBGRAPH_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    databaseLocation: (storeName) =>
      readString(
        env,
        `${prefix}_${storeName.toUpperCase()}_DATABASE_URL`,
        inOwnSchema(
          readString(env, `${prefix}_DATABASE_URL`, resolve(dataDir, `${storeName}.db`)),
          storeName,
        ),
      ),
  };
}

/**
 * A PostgreSQL URL without a schema puts each store in a schema named after it, so that stores sharing one
 * database (the courts' two, or every subgraph's on a small deployment) never meet; other locations are kept.
 */
function inOwnSchema(location: string, storeName: string): string {
  if (!/^postgres(ql)?:\/\//.test(location)) return location;
  const url = new URL(location);
  if (!url.searchParams.has('schema')) url.searchParams.set('schema', storeName);
  return url.toString();
}
