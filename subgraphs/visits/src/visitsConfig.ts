import { readInteger, readRedisUrl, readString, readUrl } from '@lib/config/environment';
import type { LinkAttemptLimits } from './linking/linkAttempts';

/** The visits subgraph's own settings, beyond those every subgraph reads. */
export interface VisitsConfig {
  /** The P-Nomis subgraph, asked live where a prisoner is held (VISITS_PNOMIS_URL). */
  pnomisUrl: string;
  /** How long to wait for P-Nomis before refusing with PNOMIS_UNAVAILABLE, in ms (VISITS_PNOMIS_TIMEOUT_MS). */
  pnomisTimeoutMs: number;
  /** Questions to P-Nomis failing in a row that open its circuit (VISITS_PNOMIS_CIRCUIT_FAILURES). */
  pnomisCircuitFailures: number;
  /** How often an open circuit probes P-Nomis's liveness, in ms (VISITS_PNOMIS_CIRCUIT_PROBE_MS). */
  pnomisCircuitProbeMs: number;
  /**
   * Where failed attempts to link a prisoner to a booking account are counted: Redis shared by the replicas
   * (VISITS_LINK_REDIS_URL), or this process's memory when unset; every key starts with VISITS_LINK_KEY_PREFIX.
   */
  linkAttemptStore: { redisUrl: string | null; keyPrefix: string };
  /** How many failed attempts are answered at once, slowed, then refused (VISITS_LINK_*: linkAttempts.ts). */
  linkAttempts: LinkAttemptLimits;
}

type Environment = Record<string, string | undefined>;

/** The limits on failed attempts to link a prisoner; the defaults let a person mistype a few times. */
function readLinkAttemptLimits(env: Environment): LinkAttemptLimits {
  return {
    failuresPerAccount: readInteger(env, 'VISITS_LINK_FAILURES_PER_ACCOUNT', 10, 1, 10_000_000),
    failuresPerPrisoner: readInteger(env, 'VISITS_LINK_FAILURES_PER_PRISONER', 20, 1, 10_000_000),
    windowSeconds: readInteger(env, 'VISITS_LINK_WINDOW_SECONDS', 3600, 1, 604_800),
    blockSeconds: readInteger(env, 'VISITS_LINK_BLOCK_SECONDS', 3600, 1, 604_800),
    failuresAnsweredAtOnce: readInteger(env, 'VISITS_LINK_FAILURES_ANSWERED_AT_ONCE', 3, 0, 10_000_000),
    delayMsPerFailure: readInteger(env, 'VISITS_LINK_DELAY_MS_PER_FAILURE', 500, 0, 10_000),
    maxDelayMs: readInteger(env, 'VISITS_LINK_MAX_DELAY_MS', 2000, 0, 10_000),
  };
}

/** Reads the visits subgraph's own settings from the environment. */
export function readVisitsConfig(env: Environment): VisitsConfig {
  return {
    pnomisUrl: readUrl(env, 'VISITS_PNOMIS_URL', 'http://127.0.0.1:4002/graphql'),
    pnomisTimeoutMs: readInteger(env, 'VISITS_PNOMIS_TIMEOUT_MS', 3000, 50, 60_000),
    pnomisCircuitFailures: readInteger(env, 'VISITS_PNOMIS_CIRCUIT_FAILURES', 5, 1, 1000),
    pnomisCircuitProbeMs: readInteger(env, 'VISITS_PNOMIS_CIRCUIT_PROBE_MS', 2000, 50, 600_000),
    linkAttemptStore: {
      redisUrl: readRedisUrl(env, 'VISITS_LINK_REDIS_URL'),
      keyPrefix: readString(env, 'VISITS_LINK_KEY_PREFIX', 'justice-visits:link'),
    },
    linkAttempts: readLinkAttemptLimits(env),
  };
}
