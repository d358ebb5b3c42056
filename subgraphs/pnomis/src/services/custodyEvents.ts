import type { JourneyEvent } from '@lib/journey/journeyEvent';
import { findCourt } from '@lib/reference/courtRegister';
import { findPrison } from '@lib/reference/prisonRegister';
import type { BookingTable, MovementTable } from '../store/pnomisTables';

type Booking = Pick<BookingTable, 'bookingId' | 'bookingNumber'>;
type Movement = Pick<
  MovementTable,
  'occurredAt' | 'type' | 'direction' | 'fromLocation' | 'toLocation' | 'reason'
>;

/** A location code as a person reads it: a prison or court name where the registers know the code. */
function placeName(code: string): string {
  return findPrison(code)?.name ?? findCourt(code)?.name ?? code;
}

function describe(movement: Movement): Pick<JourneyEvent, 'kind' | 'summary'> {
  const from = placeName(movement.fromLocation);
  const to = placeName(movement.toLocation);
  switch (movement.type) {
    case 'ADMISSION':
      return { kind: 'ADMISSION', summary: `Admitted to ${to} (${movement.reason})` };
    case 'RELEASE':
      return { kind: 'RELEASE', summary: `Released from ${from} (${movement.reason})` };
    case 'TRANSFER':
      return { kind: 'TRANSFER', summary: `Transferred from ${from} to ${to}` };
    case 'COURT':
      return movement.direction === 'OUT'
        ? { kind: 'COURT_MOVEMENT', summary: `Taken from ${from} to ${to}` }
        : { kind: 'COURT_MOVEMENT', summary: `Returned from ${from} to ${to}` };
  }
}

/** The journey events P-Nomis contributes: one per external movement, referenced by booking number. */
export function custodyEvents(
  bookings: readonly Booking[],
  movementsOf: (bookingId: number) => readonly Movement[],
): JourneyEvent[] {
  return bookings.flatMap((booking) =>
    movementsOf(booking.bookingId).map((movement) => ({
      occurredAt: movement.occurredAt,
      system: 'PNOMIS' as const,
      reference: booking.bookingNumber,
      ...describe(movement),
    })),
  );
}
