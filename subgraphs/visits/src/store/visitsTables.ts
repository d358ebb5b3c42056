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
 * A social visit booking. Of the columns after `bookedAt`, visits loaded from the old offline system (the seed)
 * carry only the entitlement they used and, when cancelled, when; the prisoner's custody status is never stored
 * here, it is read live from P-Nomis.
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
  /** Visiting orders a period for a prisoner on the enhanced incentive level; null: the same as everyone's. */
  enhancedVisitingOrdersPerPeriod: number | null;
  /** Privileged visiting orders a period, on top, for a prisoner on the enhanced level; null: none. */
  enhancedPrivilegedVisitingOrdersPerPeriod: number | null;
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
 * The row every booking for a prisoner locks first, so that the prisoner's limits and the no-overlap rule hold
 * under concurrency, and, for a sentenced prisoner, the date their visiting orders were last renewed. Only the
 * prison number is kept: the prisoner's record stays in P-Nomis.
 */
export interface VisitingEntitlementTable {
  prisonNumber: string;
  /** The start of the current visiting-order period: the day of the last renewal. */
  renewedOn: string;
  /** 1 once the allowance runs (from the first booking as a sentenced prisoner, or seeded); 0 before. */
  allowanceStarted: number;
}

/** A visiting order: given with the allowance every period, or a privileged one on top. */
export type VisitingOrderKind = 'VISITING' | 'PRIVILEGED';

/** Where a visiting order stands: free to book with, used by a visit, or lapsed unused. */
export type VisitingOrderStatus = 'AVAILABLE' | 'USED' | 'LAPSED';

/** One visiting order of a sentenced prisoner; the balance is the orders AVAILABLE. */
export interface VisitingOrderTable {
  visitingOrderId: Generated<number>;
  prisonNumber: string;
  kind: VisitingOrderKind;
  givenOn: string;
  /** The day a privileged order lapses unused; null for an ordinary one, which lapses only beyond the cap. */
  lapsesOn: string | null;
  status: VisitingOrderStatus;
  /** The visit that used it, while USED. */
  visitReference: string | null;
  lapsedOn: string | null;
  /** The member of staff who granted a privileged order; null for orders of the allowance. */
  grantedBy: string | null;
  grantReason: string | null;
  /** The key a grant was made with, so that a retried grant gives one order. */
  idempotencyKey: string | null;
}

/** An order free to book with: one already kept (with its `id`), or given by renewals just worked out (id null). */
export interface HeldOrder {
  id: number | null;
  kind: VisitingOrderKind;
  givenOn: string;
  lapsesOn: string | null;
}

/** What renewing a prisoner's orders to a day changed, as the store writes it. */
export interface RenewalChanges {
  renewedOn: string;
  given: HeldOrder[];
  lapsed: { order: HeldOrder; on: string }[];
}

/** A day a prison closes visits: no new booking is taken, and the visits booked must be rearranged. */
export interface BlockedVisitDateTable {
  prisonCode: string;
  blockedOn: string;
  reason: string;
  blockedBy: string;
  blockedAt: string;
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
  visitingOrder: VisitingOrderTable;
  blockedVisitDate: BlockedVisitDateTable;
}
