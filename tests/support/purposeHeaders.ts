import { findAgencyProfile } from '@lib/auth/agencyProfiles';

/**
 * The purpose headers a test's request states for a token: the first lawful purpose of the token's agency (read
 * from its claims, unverified: the gateway verifies), and `detail` in the caller's words. A token of an agency with
 * no purposes states none, so that its personal-data reads are refused as they would be.
 */
export function purposeHeaders(token: string, detail: string): Record<string, string> {
  const [, payload = ''] = token.split('.');
  let agency: unknown;
  try {
    agency = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { agency?: unknown }).agency;
  } catch {
    agency = undefined;
  }
  const code = typeof agency === 'string' ? findAgencyProfile(agency)?.purposes[0] : undefined;
  return code ? { 'x-access-purpose': code, 'x-access-purpose-detail': detail } : {};
}
