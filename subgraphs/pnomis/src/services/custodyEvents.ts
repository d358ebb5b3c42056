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

/**
 * The journey events P-Nomis contributes: one per external movement, referenced by booking number, oldest first
 * across the person's bookings (which come most recent first), so that a readmission follows the release before it.
 */
export function custodyEvents(
  bookings: readonly Booking[],
  movementsOf: (bookingId: number) => readonly Movement[],
): JourneyEvent[] {
  const events = bookings.flatMap((booking) =>
    movementsOf(booking.bookingId).map((movement) => ({
      occurredAt: movement.occurredAt,
      system: 'PNOMIS' as const,
      reference: booking.bookingNumber,
      ...describe(movement),
    })),
  );
  // ISO instants of one form sort as text; the sort is stable, so a booking's own order holds within an instant.
  return events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
}
