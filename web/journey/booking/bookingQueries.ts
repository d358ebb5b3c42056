/** A session the prisoner can be visited in, with the places left. */
export interface AvailableSession {
  date: string;
  startTime: string;
  endTime: string;
  openAvailable: number;
  closedAvailable: number;
  bookable: boolean;
}

export interface AvailabilityData {
  visitAvailability: { prison: { code: string; name: string }; sessions: AvailableSession[] } | null;
}

export const AVAILABILITY_QUERY = `query VisitAvailability($prisonNumber: ID!, $from: Date!, $to: Date!) {
  visitAvailability(prisonNumber: $prisonNumber, from: $from, to: $to) {
    prison { code name }
    sessions { date startTime endTime openAvailable closedAvailable bookable }
  }
}`;

/** A visitor as the booking names them. */
export interface VisitorInput {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  lead: boolean;
}

export interface BookVisitInput {
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
  restriction: 'OPEN' | 'CLOSED';
  visitors: VisitorInput[];
  idempotencyKey: string;
}

export interface BookVisitData {
  bookVisit: { reference: string; date: string; startTime: string; endTime: string; status: string } | null;
}

export const BOOK_VISIT_MUTATION = `mutation BookVisit($input: BookVisitInput!) {
  bookVisit(input: $input) { reference date startTime endTime status }
}`;
