import { resolve } from 'node:path';
import { readAuthSettings, type AuthSettings } from '@lib/auth/authConfig';
import { auditDatabaseLocation } from './audit/auditDatabaseLocation';
import { readCheckpointSettings, type CheckpointSettings } from './audit/checkpointKey';
import type { CircuitSettings } from './resilience/subgraphCircuits';
import type { OperationLimits } from './hardening/operationLimits';
import { readRateLimitSettings } from './hardening/rateLimitSettings';
import type { RateLimitSettings } from './hardening/requestRateLimits';
import { ConfigurationError, readInteger, readLogLevel, readString, readUrl } from '@lib/config/environment';
import { projectPath } from '@lib/config/projectRoot';
import { SUBGRAPHS, type SubgraphName, type SubgraphRegistry } from '../../subgraphs/registry';

/** The subgraphs the gateway routes to, by their names in the registry (and so in rover.yaml). */
export const SUBGRAPH_NAMES = SUBGRAPHS.map((subgraph) => subgraph.name);

export type { SubgraphName };

const MIB = 1024 * 1024;

/** The gateway's settings, read once at start-up. */
export interface GatewayConfig {
  /** Interface to listen on (default 127.0.0.1). */
  host: string;
  /** Port to listen on (default 4000; 0 picks a free one). */
  port: number;
  /** The composed supergraph to serve (default schema/supergraph.graphql). */
  supergraphPath: string;
  /** Where each subgraph is, overriding the supergraph's routing URLs (SUBGRAPH_<NAME>_URL). */
  subgraphUrls: Partial<Record<string, string>>;
  /** How long a subgraph fetch may take before it is abandoned, in ms (default 5000). */
  subgraphTimeoutMs: number;
  /** Per-subgraph timeouts overriding it (SUBGRAPH_<NAME>_TIMEOUT_MS), for a system known to be slower. */
  subgraphTimeoutsMs: Partial<Record<string, number>>;
  /** Largest accepted request body in bytes (default 100 KiB: operations are small). */
  maxBodyBytes: number;
  /**
   * Largest answer read from a subgraph, in bytes (SUBGRAPH_MAX_RESPONSE_BYTES, default 16 MiB); a larger one is
   * abandoned as RESPONSE_TOO_LARGE. SUBGRAPH_<NAME>_MAX_RESPONSE_BYTES overrides it for one subgraph.
   */
  subgraphMaxResponseBytes: number;
  subgraphMaxResponseBytesOf: Partial<Record<string, number>>;
  /** When a subgraph's circuit opens and is probed again (SUBGRAPH_CIRCUIT_FAILURES, SUBGRAPH_CIRCUIT_PROBE_MS). */
  circuits: CircuitSettings;
  /** How long a whole request may take, in ms (REQUEST_DEADLINE_MS, default 15000): fetches share what is left. */
  requestDeadlineMs: number;
  /** Where the data folder is (DATA_DIR, default data): development keys live under it. */
  dataDir: string;
  /**
   * The private JWK the gateway signs its subgraph credentials with (GATEWAY_CREDENTIAL_KEY_FILE); unset means
   * the development key under DATA_DIR/keys, created if need be.
   */
  credentialKeyFile: string | null;
  /**
   * Reject a whole operation that asks for a field the caller may not see (AUTHZ_REJECT_UNAUTHORIZED=true),
   * instead of answering the rest with those fields null (the default, as Apollo Router does).
   */
  rejectUnauthorized: boolean;
  /** Where the audit log lives (AUDIT_DATABASE_URL: a SQLite path or postgres:// URL; default DATA_DIR/audit.db). */
  auditDatabaseLocation: string;
  /**
   * How the audit log's chain is checkpointed and signed (AUDIT_CHECKPOINT_KEY, AUDIT_CHECKPOINT_EVERY_RECORDS,
   * AUDIT_CHECKPOINT_EVERY_S); no key means the development key under DATA_DIR/keys, created if need be.
   */
  auditCheckpoints: CheckpointSettings;
  /** The partner agencies' manifests of registered operations (TRUSTED_DOCUMENTS_DIR, default trusted-documents). */
  trustedDocumentsDir: string;
  /** The log level (LOG_LEVEL, default info). */
  logLevel: string;
  /** Where logs go: a file (LOG_FILE) appended to, or standard output when unset. */
  logFile: string | null;
  /** How long in-flight requests may take to finish on shutdown, in ms (SHUTDOWN_GRACE_MS, default 10000). */
  shutdownGraceMs: number;
  /** Operation limits (GATEWAY_MAX_DEPTH, _ALIASES, _ROOT_FIELDS, _TOKENS, _COST, _DIRECTIVES). */
  limits: OperationLimits;
  /** How access tokens are verified (AUTH_*: see lib/auth/authConfig.ts). */
  auth: AuthSettings;
  /** Where the built web pages are (WEB_DIR, default dist/web: `npm run build:web`). */
  webDir: string;
  /** Request rate limits per caller and per address (RATE_LIMIT_*, TRUSTED_PROXY_HOPS: rateLimitSettings.ts). */
  rateLimits: RateLimitSettings;
}

/**
 * Reads the gateway's settings from the environment, failing with the variable's name when one is malformed.
 * `registry` names the subgraphs whose SUBGRAPH_<NAME>_URL and _TIMEOUT_MS are read (a test may add one).
 */
export function readGatewayConfig(
  env: Record<string, string | undefined> = process.env,
  registry: SubgraphRegistry = SUBGRAPHS,
): GatewayConfig {
  const names = registry.map((subgraph) => subgraph.name);
  const subgraphUrls: Partial<Record<string, string>> = {};
  for (const name of names) {
    const variable = `SUBGRAPH_${name.toUpperCase()}_URL`;
    if (env[variable]) subgraphUrls[name] = readUrl(env, variable, '');
  }
  const reject = readString(env, 'AUTHZ_REJECT_UNAUTHORIZED', 'false');
  if (reject !== 'true' && reject !== 'false') {
    throw new ConfigurationError(`AUTHZ_REJECT_UNAUTHORIZED must be true or false, got "${reject}"`);
  }
  return {
    auth: readAuthSettings(env),
    webDir: resolve(readString(env, 'WEB_DIR', projectPath('dist/web'))),
    dataDir: resolve(readString(env, 'DATA_DIR', 'data')),
    credentialKeyFile: readString(env, 'GATEWAY_CREDENTIAL_KEY_FILE', '') || null,
    rejectUnauthorized: reject === 'true',
    auditDatabaseLocation: auditDatabaseLocation(env),
    auditCheckpoints: readCheckpointSettings(env),
    trustedDocumentsDir: resolve(readString(env, 'TRUSTED_DOCUMENTS_DIR', projectPath('trusted-documents'))),
    logLevel: readLogLevel(env),
    logFile: readString(env, 'LOG_FILE', '') || null,
    shutdownGraceMs: readInteger(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    limits: {
      maxDepth: readInteger(env, 'GATEWAY_MAX_DEPTH', 12, 2, 100),
      maxAliases: readInteger(env, 'GATEWAY_MAX_ALIASES', 15, 0, 1000),
      maxRootFields: readInteger(env, 'GATEWAY_MAX_ROOT_FIELDS', 5, 1, 100),
      maxTokens: readInteger(env, 'GATEWAY_MAX_TOKENS', 2000, 50, 100_000),
      maxCost: readInteger(env, 'GATEWAY_MAX_COST', 5000, 10, 1_000_000),
      maxDirectives: readInteger(env, 'GATEWAY_MAX_DIRECTIVES', 20, 0, 1000),
    },
    host: readString(env, 'GATEWAY_HOST', '127.0.0.1'),
    port: readInteger(env, 'GATEWAY_PORT', 4000, 0, 65535),
    supergraphPath: resolve(readString(env, 'SUPERGRAPH_PATH', projectPath('schema/supergraph.graphql'))),
    subgraphUrls,
    subgraphTimeoutMs: readInteger(env, 'SUBGRAPH_TIMEOUT_MS', 5000, 50, 120_000),
    subgraphTimeoutsMs: Object.fromEntries(
      names.flatMap((name) => {
        const variable = `SUBGRAPH_${name.toUpperCase()}_TIMEOUT_MS`;
        return env[variable] ? [[name, readInteger(env, variable, 5000, 50, 120_000)]] : [];
      }),
    ),
    maxBodyBytes: readInteger(env, 'GATEWAY_MAX_BODY_BYTES', 100 * 1024, 1024, 10 * 1024 * 1024),
    subgraphMaxResponseBytes: readInteger(env, 'SUBGRAPH_MAX_RESPONSE_BYTES', 16 * MIB, 1024, 1024 * MIB),
    subgraphMaxResponseBytesOf: Object.fromEntries(
      names.flatMap((name) => {
        const variable = `SUBGRAPH_${name.toUpperCase()}_MAX_RESPONSE_BYTES`;
        return env[variable] ? [[name, readInteger(env, variable, 16 * MIB, 1024, 1024 * MIB)]] : [];
      }),
    ),
    circuits: {
      failuresToOpen: readInteger(env, 'SUBGRAPH_CIRCUIT_FAILURES', 5, 1, 1000),
      probeAfterMs: readInteger(env, 'SUBGRAPH_CIRCUIT_PROBE_MS', 2000, 10, 600_000),
    },
    requestDeadlineMs: readInteger(env, 'REQUEST_DEADLINE_MS', 15_000, 100, 600_000),
    rateLimits: readRateLimitSettings(env),
  };
}
