import type { Caller } from '../auth/caller';
import type { SubgraphCredentialVerifier } from '../auth/subgraphCredential';

/** A caller together with the gateway credential that vouched for them. */
type VouchedCaller = Caller & { credential: string };

/**
 * Wraps the gateway-credential verifier so that the caller it returns carries the credential itself, for a
 * subgraph that asks another as the same caller (visits asks P-Nomis where a prisoner is held; confiscation asks
 * the courts for their record of an order), so that the other judges the same caller.
 * (The shared subgraph server hands `createContext` only the caller, not the request.)
 */
export function carryCredential(verify: SubgraphCredentialVerifier): SubgraphCredentialVerifier {
  return async (header) => {
    const caller = await verify(header);
    if (caller === 'anonymous' || header === undefined) return caller;
    return Object.freeze({ ...caller, credential: header.trim() }) satisfies VouchedCaller;
  };
}

/** The credential a caller was vouched for with, if carryCredential saw it. */
export function credentialOf(caller: Caller | null): string | null {
  const credential = (caller as Partial<VouchedCaller> | null)?.credential;
  return typeof credential === 'string' ? credential : null;
}
