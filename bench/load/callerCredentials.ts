import { peerCredentialSigner } from '../peers/peerCredential';

// Under the credential's 60 s life: signSubgraphCredential reuses a caller's credential for 30 s, so at a refresh
// every 20 s a credential is replaced by the time it is 40 s old, with 20 s left, more than the subgraphs' 5 s of
// clock tolerance.
const REFRESH_MS = 20_000;

/** The subgraph credential of each simulated user, signed by the benchmark's client. */
export interface CallerCredentials {
  /** The current credential of the user holding `token` (signed at the start, so always there). */
  of(token: string): string;
  /** Stops the refreshing. */
  stop(): void;
}

/**
 * Signs, in the benchmark's process, the subgraph credential of the user holding each of `tokens`, with the
 * gateway's key under `dataDir` and the caller's claims from the token, as the JavaScript peers do in theirs
 * (peerCredential.ts), and keeps each fresh. For a gateway that cannot sign one and only forwards it (Grafbase):
 * the subgraphs then check the same credential, for the same claims, whichever gateway brought it. Synchronous to
 * read, so that the load generator can put it on each request as it makes it.
 */
export async function signCallerCredentials(
  dataDir: string,
  tokens: readonly string[],
  refreshMs = REFRESH_MS,
): Promise<CallerCredentials> {
  const signFor = await peerCredentialSigner(dataDir);
  const current = new Map<string, string>();
  const signAll = async () => {
    for (const token of new Set(tokens)) {
      const credential = await signFor(`Bearer ${token}`);
      if (credential === undefined)
        throw new Error('a simulated user has a token whose claims cannot be read');
      current.set(token, credential);
    }
  };
  await signAll();
  const refresh = setInterval(() => {
    // A failure here would only repeat the one at the start, which throws; the old credential stays until then.
    signAll().catch(() => undefined);
  }, refreshMs);
  // The benchmark ends when its work does, not when this timer would.
  refresh.unref();
  return {
    of: (token) => {
      const credential = current.get(token);
      if (credential === undefined) throw new Error('no credential was signed for this token');
      return credential;
    },
    stop: () => clearInterval(refresh),
  };
}
