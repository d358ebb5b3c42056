import type { Generated } from 'kysely';

/** A weekly visit session at a prison: a day of the week and times, with capacity, valid over a date range. */
export interface SessionTemplateTable {
  sessionTemplateId: Generated<number>;
  prisonCode: string;
  /** ISO day of the week, 1 (Monday) to 7 (Sunday). */
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  openCapacity: number;
  closedCapacity: number;
  validFrom: string;
  validTo: string | null;
}

/** The states of a visit: a hold (RESERVED) lapses to EXPIRED unless confirmed (BOOKED) in time. */
export type VisitStatusValue = 'RESERVED' | 'BOOKED' | 'CANCELLED' | 'EXPIRED';

/** The entitlement a booking used, so that a cancellation can give it back. */
export type EntitlementUsed = 'VISITING_ORDER' | 'REMAND_ALLOWANCE';

/**
 * A social visit booking. The columns after `bookedAt` are null for visits loaded from the old offline system
 * (the seed); the prisoner's custody status is never stored here, it is read live from P-Nomis.
 */
export interface VisitTable {
  reference: string;
  prisonNumber: string;
  prisonCode: string;
  sessionTemplateId: number;
  sessionDate: string;
  startTime: string;
  endTime: string;
  restriction: 'OPEN' | 'CLOSED';
  status: VisitStatusValue;
  bookedAt: string;
  /** The `sub` of the caller who made the booking (a member of the public or of staff). */
  bookedBy: string | null;
  /** The caller's key for the request, unique per caller: a retried request finds the booking it made. */
  idempotencyKey: string | null;
  /** A digest of the request made with the key, to refuse the same key used for a different request. */
  requestDigest: string | null;
  /** When a RESERVED hold lapses. */
  holdExpiresAt: string | null;
  entitlementUsed: EntitlementUsed | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancellationReason: string | null;
  outcome: string | null;
  outcomeNotes: string | null;
  outcomeRecordedAt: string | null;
  outcomeRecordedBy: string | null;
}

/** A visitor named on a booking. */
export interface VisitorTable {
  visitorId: Generated<number>;
  visitReference: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  lead: number;
}

/** A prison's booking rules; a prison without a row uses DEFAULT_PRISON_SETTINGS. */
export interface PrisonVisitSettingsTable {
  prisonCode: string;
  minDaysAhead: number;
  maxDaysAhead: number;
  maxVisitors: number;
  maxAdults: number;
  adultAge: number;
  remandVisitsPerWeek: number;
  visitingOrdersPerPeriod: number;
  visitingOrderPeriodDays: number;
}

/**
 * One session on one date: the row every booking into that session locks first, so that bookings racing for
 * its last places are taken one at a time, in one process or across several replicas on one database.
 */
export interface SessionSlotTable {
  sessionTemplateId: number;
  sessionDate: string;
  prisonCode: string;
}

/**
 * A prisoner's visiting-order balance (sentenced prisoners) and the row every booking for the prisoner locks
 * first, so that the prisoner's limits and the no-overlap rule hold under concurrency. Only the prison number is
 * kept: the prisoner's record stays in P-Nomis.
 */
export interface VisitingEntitlementTable {
  prisonNumber: string;
  visitingOrders: number;
  /** The start of the current visiting-order period. */
  renewedOn: string;
}

/**
 * A prisoner linked to a member of the public's booking account, once they stated the prisoner's number, date of
 * birth and prison and P-Nomis confirmed them: the account may book visits for this prisoner, and no other.
 */
export interface BookerLinkTable {
  /** The booking account: the `sub` of the member of the public's token. */
  bookingAccount: string;
  prisonNumber: string;
  /** The prison the booker stated, which P-Nomis confirmed was holding the prisoner when they linked. */
  prisonCode: string;
  linkedAt: string;
}

/** The visits store's tables. */
export interface VisitsTables {
  bookerLink: BookerLinkTable;
  sessionTemplate: SessionTemplateTable;
  visit: VisitTable;
  visitor: VisitorTable;
  prisonVisitSettings: PrisonVisitSettingsTable;
  sessionSlot: SessionSlotTable;
  visitingEntitlement: VisitingEntitlementTable;
}
