import type { VisitRefusalCode } from '../../subgraphs/visits/src/services/visitRefusal';

/**
 * The refusals a correct booking service gives a member of the public for a request the rules do not allow:
 * the session full, the prisoner's allowance spent, a visit already booked then. Under contention these are the
 * expected answers, not failures. Anything else (a subgraph or store unavailable after the client's retries, an
 * HTTP error, a code a booking should never meet) is an error, and fails the run.
 */
const CORRECT_REFUSALS: ReadonlySet<string> = new Set([
  'SESSION_FULL',
  'OUTSIDE_BOOKING_WINDOW',
  'TOO_MANY_VISITORS',
  'TOO_MANY_ADULTS',
  'LEAD_VISITOR_UNDER_AGE',
  'NO_VISITING_ORDER_BALANCE',
  'REMAND_WEEKLY_LIMIT_REACHED',
  'OVERLAPPING_VISIT',
  'VISITOR_NOT_APPROVED',
  'VISITOR_BANNED',
  'VISITOR_CLOSED_VISITS_ONLY',
  'VISIT_DATE_BLOCKED',
] satisfies VisitRefusalCode[]);

/** What the answer to a booking was. */
export type OutcomeKind = 'confirmed' | 'refused' | 'error';

/** The kind of an outcome: BOOKED, a correct refusal's code, or anything else. */
export function outcomeKind(code: string): OutcomeKind {
  if (code === 'BOOKED') return 'confirmed';
  return CORRECT_REFUSALS.has(code) ? 'refused' : 'error';
}

/** The outcomes of a share of the bookings, by code. */
export class OutcomeTally {
  readonly byCode = new Map<string, number>();

  add(code: string, times = 1): void {
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + times);
  }

  /** The outcomes of several shares together. */
  static together(tallies: readonly OutcomeTally[]): OutcomeTally {
    const all = new OutcomeTally();
    for (const tally of tallies) for (const [code, n] of tally.byCode) all.add(code, n);
    return all;
  }

  /** How many answers were of `kind`. */
  count(kind: OutcomeKind): number {
    let total = 0;
    for (const [code, n] of this.byCode) if (outcomeKind(code) === kind) total += n;
    return total;
  }

  /** The codes of `kind` and their counts, "SESSION_FULL 12, ..." (or "none"). */
  describe(kind: OutcomeKind): string {
    const codes = [...this.byCode].filter(([code]) => outcomeKind(code) === kind);
    return codes.length === 0 ? 'none' : codes.map(([code, n]) => `${code} ${n}`).join(', ');
  }
}
