import type { Credentials } from './graphqlClient';

const TOKEN_KEY = 'justice-gateway.journey.token';
const PURPOSE_KEY = 'justice-gateway.journey.purpose';

/**
 * The token and purpose last as long as the browser tab: sessionStorage, not localStorage (a token must not
 * outlive the session) and never the URL (which ends up in history, logs and referrers).
 */
export function loadCredentials(): Credentials {
  return {
    token: sessionStorage.getItem(TOKEN_KEY) ?? '',
    purpose: sessionStorage.getItem(PURPOSE_KEY) ?? '',
  };
}

export function saveCredentials(credentials: Credentials): void {
  sessionStorage.setItem(TOKEN_KEY, credentials.token);
  sessionStorage.setItem(PURPOSE_KEY, credentials.purpose);
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PURPOSE_KEY);
}

/**
 * The scopes a token claims, read without verifying it: only to decide which forms to offer (the booking form
 * needs visits:book). The gateway verifies the token and enforces the scopes on every request regardless.
 */
export function claimedScopes(token: string): Set<string> {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { scope?: unknown };
    return new Set(typeof claims.scope === 'string' ? claims.scope.split(' ') : []);
  } catch {
    return new Set();
  }
}
