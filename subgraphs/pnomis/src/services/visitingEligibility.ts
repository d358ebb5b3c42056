import type { BookingTable, IncentiveLevel } from '../store/pnomisTables';

/** What the visits system may learn about a person to book a visit, and nothing more. */
export interface VisitingEligibility {
  inCustody: boolean;
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
  currentPrison: { code: string } | null;
  /** The incentive level of the active booking, which decides how many visiting orders the prisoner is given. */
  incentiveLevel: IncentiveLevel | null;
}

/** A person's eligibility for visits from their bookings: the active one says where they are and on what footing. */
export function visitingEligibility(
  bookings: readonly Pick<BookingTable, 'active' | 'prisonCode' | 'status' | 'incentiveLevel'>[],
): VisitingEligibility {
  const active = bookings.find((booking) => booking.active === 1);
  return active
    ? {
        inCustody: true,
        status: active.status,
        currentPrison: { code: active.prisonCode },
        incentiveLevel: active.incentiveLevel,
      }
    : { inCustody: false, status: 'RELEASED', currentPrison: null, incentiveLevel: null };
}
