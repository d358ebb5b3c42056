import { readInteger, readUrl } from '@lib/config/environment';

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
}

/** Reads the visits subgraph's own settings from the environment. */
export function readVisitsConfig(env: Record<string, string | undefined>): VisitsConfig {
  return {
    pnomisUrl: readUrl(env, 'VISITS_PNOMIS_URL', 'http://127.0.0.1:4002/graphql'),
    pnomisTimeoutMs: readInteger(env, 'VISITS_PNOMIS_TIMEOUT_MS', 3000, 50, 60_000),
    pnomisCircuitFailures: readInteger(env, 'VISITS_PNOMIS_CIRCUIT_FAILURES', 5, 1, 1000),
    pnomisCircuitProbeMs: readInteger(env, 'VISITS_PNOMIS_CIRCUIT_PROBE_MS', 2000, 50, 600_000),
  };
}
