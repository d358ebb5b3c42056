import type { Credentials } from './graphqlClient';

const TOKEN_KEY = 'justice-gateway.journey.token';
const PURPOSE_KEY = 'justice-gateway.journey.purpose';
const PURPOSE_DETAIL_KEY = 'justice-gateway.journey.purpose-detail';

/**
 * The token and purpose last as long as the browser tab: sessionStorage, not localStorage (a token must not
 * outlive the session) and never the URL (which ends up in history, logs and referrers).
 */
export function loadCredentials(): Credentials {
  return {
    token: sessionStorage.getItem(TOKEN_KEY) ?? '',
    purpose: sessionStorage.getItem(PURPOSE_KEY) ?? '',
    purposeDetail: sessionStorage.getItem(PURPOSE_DETAIL_KEY) ?? '',
  };
}

export function saveCredentials(credentials: Credentials): void {
  sessionStorage.setItem(TOKEN_KEY, credentials.token);
  sessionStorage.setItem(PURPOSE_KEY, credentials.purpose);
  sessionStorage.setItem(PURPOSE_DETAIL_KEY, credentials.purposeDetail);
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PURPOSE_KEY);
  sessionStorage.removeItem(PURPOSE_DETAIL_KEY);
}

/** The claims the page reads from a token: its scopes, and its caseload if it is limited to one. */
interface PageClaims {
  scope?: unknown;
  caseload?: unknown;
}

/** A token's claims, read without verifying it (the gateway verifies it); none when it cannot be read. */
function claimsOf(token: string): PageClaims {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

/**
 * The scopes a token claims, read without verifying it: only to decide which forms to offer and which search by
 * name to run (the booking form needs visits:book). The gateway verifies the token and enforces the scopes on
 * every request regardless.
 */
export function claimedScopes(token: string): Set<string> {
  const { scope } = claimsOf(token);
  return new Set(typeof scope === 'string' ? scope.split(' ') : []);
}

/** Whether a token claims a caseload: prison staff, who see only the prisons in it. */
export function claimsCaseload(token: string): boolean {
  return Array.isArray(claimsOf(token).caseload);
}
