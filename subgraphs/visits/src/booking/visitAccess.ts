import type { Caller } from '@lib/auth/caller';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { visitRefusal } from '../services/visitRefusal';
import type { VisitTable } from '../store/visitsTables';

/**
 * Whether a caller acts as prison staff for visits: staff read visits (`visits:read`) and see every visit at
 * the prisons of their caseload; a caller who may only book (the public visit booker) sees only the visits they
 * booked themselves.
 */
export function actsAsStaff(caller: Caller | null): boolean {
  return caller?.scopes.has('visits:read') ?? false;
}

/** Whether a caller may see a visit. */
export function maySeeVisit(
  caller: Caller | null,
  visit: Pick<VisitTable, 'prisonCode' | 'bookedBy'>,
): boolean {
  if (!caller) return false;
  if (actsAsStaff(caller)) return inCaseload(caller, visit.prisonCode);
  return visit.bookedBy === caller.subject;
}

/**
 * The visit a caller asked for by reference, if they may act on it: staff are refused a visit outside their
 * caseload; anyone else is told there is no such visit, so that references of other people's bookings reveal
 * nothing.
 */
export function requireVisibleVisit<Visit extends Pick<VisitTable, 'reference' | 'prisonCode' | 'bookedBy'>>(
  caller: Caller | null,
  visit: Visit | null | undefined,
  reference: string,
): Visit {
  if (visit && actsAsStaff(caller) && !maySeeVisit(caller, visit)) throw outsideCaseload();
  if (!visit || !maySeeVisit(caller, visit)) throw visitNotFound(reference);
  return visit;
}

/** The answer for a visit the caller may not change, whether or not it exists. */
export function visitNotFound(reference: string) {
  return visitRefusal('VISIT_NOT_FOUND', `There is no visit ${reference} that you may change`);
}

/** The state a visit is in now: a reservation whose hold has lapsed is EXPIRED even before it is marked so. */
export function statusNow(
  visit: Pick<VisitTable, 'status' | 'holdExpiresAt'>,
  now: string,
): VisitTable['status'] {
  return visit.status === 'RESERVED' && (visit.holdExpiresAt ?? '') <= now ? 'EXPIRED' : visit.status;
}
