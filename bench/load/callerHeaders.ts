import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';
import { purposeHeaders } from '../../tests/support/purposeHeaders';
import { forwardsCallerCredential, type GatewayKind } from '../system/gatewayKinds';
import type { CallerCredentials } from './callerCredentials';

/** The purpose the benchmark's requests state, for the gateway's audit. */
export const BENCH_PURPOSE = 'Benchmark of the gateway (synthetic data)';

/** The headers of a simulated user's request to a gateway, stating `purpose` (default BENCH_PURPOSE). */
export type CallerHeaders = (gateway: GatewayKind, token: string, purpose?: string) => Record<string, string>;

/**
 * Each request's headers: the bearer token and the first lawful purpose of its agency, worked out once per token
 * and purpose; and, to a gateway that only forwards the subgraph credential, the user's current credential from
 * `credentials` (which a run with such a gateway must have).
 */
export function callerHeaders(credentials: CallerCredentials | null): CallerHeaders {
  const byTokenAndPurpose = new Map<string, Record<string, string>>();
  return (gateway, token, purpose = BENCH_PURPOSE) => {
    const key = `${purpose}\n${token}`;
    let headers = byTokenAndPurpose.get(key);
    if (!headers) {
      headers = { authorization: `Bearer ${token}`, ...purposeHeaders(token, purpose) };
      byTokenAndPurpose.set(key, headers);
    }
    if (!forwardsCallerCredential(gateway)) return headers;
    if (!credentials) throw new Error(`${gateway} forwards the caller's credential: the run must sign them`);
    return { ...headers, [GATEWAY_CREDENTIAL_HEADER]: credentials.of(token) };
  };
}
