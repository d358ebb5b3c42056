import type { IncomingMessage } from 'node:http';
import { describePurposes, isPurposeCode, type PurposeCode } from '@lib/auth/accessPurposes';
import { findAgencyProfile } from '@lib/auth/agencyProfiles';
import type { Caller } from '@lib/auth/caller';

/** The header that carries the lawful purpose of a look at personal data: one of the caller's agency's codes. */
export const PURPOSE_HEADER = 'x-access-purpose';

/** The header that says more about it, in the caller's words (a case, a ticket, a concern). */
export const PURPOSE_DETAIL_HEADER = 'x-access-purpose-detail';

/** What a caller stated about why they are looking: a code as sent (checked later) and their own words. */
export interface StatedPurpose {
  code: string;
  detail: string | null;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The purpose a request states (x-access-purpose, x-access-purpose-detail), trimmed and bounded; null when none. */
export function readStatedPurpose(request: IncomingMessage): StatedPurpose | null {
  const code = header(request, PURPOSE_HEADER)?.trim();
  if (!code) return null;
  const detail = header(request, PURPOSE_DETAIL_HEADER)?.trim();
  return { code: code.slice(0, 64), detail: detail ? detail.slice(0, 500) : null };
}

/** The purpose as the audit log records it: the code, then the caller's words after a colon. */
export function recordedPurpose(purpose: StatedPurpose | null): string | null {
  if (!purpose) return null;
  return purpose.detail ? `${purpose.code}: ${purpose.detail}` : purpose.code;
}

/** The purposes a caller's agency may state (none for an agency without a profile). */
export function purposesOf(caller: Caller | null): readonly PurposeCode[] {
  return caller ? (findAgencyProfile(caller.agency)?.purposes ?? []) : [];
}

/** Why a stated purpose is refused for a look at personal data, or null when it is one the caller may state. */
export function purposeRefusal(
  caller: Caller | null,
  purpose: StatedPurpose | null,
): { status: 400 | 403; code: 'PURPOSE_REQUIRED' | 'PURPOSE_NOT_ALLOWED'; message: string } | null {
  const allowed = purposesOf(caller);
  const choose =
    allowed.length === 0
      ? 'your agency may state none'
      : `choose one of ${allowed.join(', ')}, and say more in ${PURPOSE_DETAIL_HEADER}`;
  if (!purpose) {
    return {
      status: 400,
      code: 'PURPOSE_REQUIRED',
      message: `This reads personal data: state its lawful purpose in the ${PURPOSE_HEADER} request header (${choose})`,
    };
  }
  if (isPurposeCode(purpose.code) && allowed.includes(purpose.code)) return null;
  return {
    status: 403,
    code: 'PURPOSE_NOT_ALLOWED',
    message: `"${purpose.code}" is not a purpose your agency may state for personal data: ${choose}`,
  };
}

/** The purposes a caller may state, with what each means (GET /access/purposes, the journey page, GraphiQL). */
export function purposeChoices(caller: Caller) {
  return { agency: caller.agency, purposes: describePurposes(purposesOf(caller)) };
}
