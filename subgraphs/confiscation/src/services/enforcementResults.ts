import { addDays, addMonths } from '@lib/time/londonTime';
import type { EnforcementActionKind, EnforcementOutcome } from '../store/confiscationTables';

/** The results each kind of action can have, once it has one: what "succeeded" and the others mean for it. */
export const RESULTS_OF: Readonly<Record<EnforcementActionKind, readonly EnforcementOutcome[]>> = {
  // Paid on the reminder, or not.
  PAYMENT_REMINDER: ['SUCCEEDED', 'FAILED'],
  // Held (and enforcement ordered), not effective (the defendant absent, adjourned), or vacated.
  ENFORCEMENT_HEARING: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
  // Executed (the defendant committed), not executed, or withdrawn (on payment).
  DEFAULT_WARRANT: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
  // Served and released, or released early on paying.
  DEFAULT_TERM_SERVED: ['SUCCEEDED', 'WITHDRAWN'],
  ASSET_REALISATION: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
  RECEIVERSHIP: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
  VARIATION: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
  WRITE_OFF: ['SUCCEEDED', 'FAILED', 'WITHDRAWN'],
};

/** Days from taking a pending action to when its result is due, by kind (the term served is worked out apart). */
const DAYS_TO_RESULT: Readonly<Record<Exclude<EnforcementActionKind, 'DEFAULT_TERM_SERVED'>, number>> = {
  PAYMENT_REMINDER: 14,
  ENFORCEMENT_HEARING: 56,
  DEFAULT_WARRANT: 28,
  ASSET_REALISATION: 180,
  RECEIVERSHIP: 90,
  VARIATION: 56,
  WRITE_OFF: 56,
};

/**
 * When a pending action's result is due unless the officer says otherwise: a reminder gives 14 days to pay, a
 * warrant 28 days to be executed, a hearing is listed within eight weeks; a default term is served by half of
 * the term fixed (release at the halfway point).
 */
export function defaultDueOn(
  kind: EnforcementActionKind,
  takenOn: string,
  defaultSentenceMonths: number,
): string {
  if (kind === 'DEFAULT_TERM_SERVED') return addMonths(takenOn, Math.ceil(defaultSentenceMonths / 2));
  return addDays(takenOn, DAYS_TO_RESULT[kind]);
}
