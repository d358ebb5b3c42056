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

/** A social visit booking. */
export interface VisitTable {
  reference: string;
  prisonNumber: string;
  prisonCode: string;
  sessionTemplateId: number;
  sessionDate: string;
  startTime: string;
  endTime: string;
  restriction: 'OPEN' | 'CLOSED';
  status: 'BOOKED' | 'CANCELLED';
  bookedAt: string;
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

/** The visits store's tables. */
export interface VisitsTables {
  sessionTemplate: SessionTemplateTable;
  visit: VisitTable;
  visitor: VisitorTable;
}
