import { readInteger, readUrl } from '@lib/config/environment';

/** The visits subgraph's own settings, beyond those every subgraph reads. */
export interface VisitsConfig {
  /** The P-Nomis subgraph, asked live where a prisoner is held (VISITS_PNOMIS_URL). */
  pnomisUrl: string;
  /** How long to wait for P-Nomis before refusing with PNOMIS_UNAVAILABLE, in ms (VISITS_PNOMIS_TIMEOUT_MS). */
  pnomisTimeoutMs: number;
}

/** Reads the visits subgraph's own settings from the environment. */
export function readVisitsConfig(env: Record<string, string | undefined>): VisitsConfig {
  return {
    pnomisUrl: readUrl(env, 'VISITS_PNOMIS_URL', 'http://127.0.0.1:4002/graphql'),
    pnomisTimeoutMs: readInteger(env, 'VISITS_PNOMIS_TIMEOUT_MS', 3000, 50, 60_000),
  };
}
