import type { BookingTable } from '../store/pnomisTables';

/** What the visits system may learn about a person to book a visit, and nothing more. */
export interface VisitingEligibility {
  inCustody: boolean;
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
  currentPrison: { code: string } | null;
}

/** A person's eligibility for visits from their bookings: the active one says where they are and on what footing. */
export function visitingEligibility(
  bookings: readonly Pick<BookingTable, 'active' | 'prisonCode' | 'status'>[],
) {
  const active = bookings.find((booking) => booking.active === 1);
  return active
    ? { inCustody: true, status: active.status, currentPrison: { code: active.prisonCode } }
    : { inCustody: false, status: 'RELEASED' as const, currentPrison: null };
}
