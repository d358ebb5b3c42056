import { badUserInput } from './errors';

/** The longest reason a caller may give for a change (a refusal, a cancellation, a correction). */
export const MAX_REASON_LENGTH = 500;

/**
 * A reason staff, a court or a booker give for a change, trimmed: from 1 to 500 characters, or BAD_USER_INPUT on
 * the `reason` argument. One rule wherever a reason is asked for, so that a front-end can check it once.
 */
export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
    throw badUserInput(`Give a reason of 1 to ${MAX_REASON_LENGTH} characters`, 'reason');
  }
  return trimmed;
}
