import { decodeJwt } from 'jose';
import { ensureDevKeys } from '@lib/auth/devKeys';
import { callerFromClaims } from '@lib/auth/callerClaims';
import { signSubgraphCredential } from '@lib/auth/subgraphCredential';

/**
 * What lets a peer gateway through the subgraphs' door: the same signed credential this gateway sends, carrying
 * the caller's claims, so that the subgraphs make the same checks (scopes, caseload) for every gateway. The
 * peers do not verify access tokens (they have no such feature): the claims are read from the bearer token as
 * sent. The credential is signed with the gateway's key under DATA_DIR and reused for a caller until half its
 * lifetime has passed (signSubgraphCredential's cache, the one this gateway uses), so a peer pays one signature
 * per caller every 30 s, as this gateway does.
 */
export async function peerCredentialSigner(
  dataDir: string,
): Promise<(authorization: string | null | undefined) => Promise<string | undefined>> {
  const key = (await ensureDevKeys(dataDir)).subgraphCredential;
  return async (authorization) => {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (token === undefined) return undefined;
    try {
      return await signSubgraphCredential(callerFromClaims(decodeJwt(token)), key);
    } catch {
      // An unreadable token goes on without a credential: the subgraph refuses it, as it would anyone's.
      return undefined;
    }
  };
}
