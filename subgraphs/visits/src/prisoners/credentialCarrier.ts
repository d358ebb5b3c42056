import type { Caller } from '@lib/auth/caller';
import type { SubgraphCredentialVerifier } from '@lib/auth/subgraphCredential';

/** A caller together with the gateway credential that vouched for them. */
type VouchedCaller = Caller & { credential: string };

/**
 * Wraps the gateway-credential verifier so that the caller it returns carries the credential itself: the visits
 * subgraph passes it on when it asks P-Nomis where a prisoner is held, so that P-Nomis judges the same caller.
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
