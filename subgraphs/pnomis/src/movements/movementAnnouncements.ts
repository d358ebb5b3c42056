import type { EventToRecord } from '@lib/events/recordEvent';
import { londonDateOf } from '@lib/time/londonTime';
import type { BookingTable, OffenderTable } from '../store/pnomisTables';
import type { MovementRow } from './movementStore';

/**
 * The events of a person's movements: the person by prison number and PNC ID, the prison that holds them after
 * the movement (so that only prison staff whose caseload holds it are told: for a release, the prison they left),
 * and codes and dates of what happened, never a name. Each is timed when the movement happened.
 */
function movementEvent(
  type: EventToRecord['type'],
  person: Pick<OffenderTable, 'prisonNumber' | 'pncId'>,
  establishmentCode: string,
  movement: MovementRow,
  facts: Record<string, string>,
): EventToRecord {
  return {
    type,
    identifiers: { prisonNumber: person.prisonNumber, pncId: person.pncId },
    establishmentCode,
    facts: { ...facts, occurredOn: londonDateOf(movement.occurredAt) },
    time: movement.occurredAt,
  };
}

/** A person received into prison: the new booking, how they are held and where they came from. */
export function prisonerReceived(
  person: OffenderTable,
  booking: BookingTable,
  movement: MovementRow,
  reception: 'FIRST' | 'RETURNING',
): EventToRecord {
  return movementEvent('PRISONER_RECEIVED', person, booking.prisonCode, movement, {
    bookingNumber: booking.bookingNumber,
    custodyStatus: booking.status,
    receivedFrom: movement.fromLocation,
    reception,
  });
}

/** A prisoner moved to another prison: told to the prison they went to, the one they left named in the facts. */
export function prisonerTransferred(
  person: OffenderTable,
  booking: BookingTable,
  movement: MovementRow,
  reason: string,
): EventToRecord {
  return movementEvent('PRISONER_TRANSFERRED', person, movement.toLocation, movement, {
    bookingNumber: booking.bookingNumber,
    fromPrisonCode: movement.fromLocation,
    toPrisonCode: movement.toLocation,
    reason,
  });
}

/** A prisoner released: told to the prison they left. */
export function prisonerReleased(
  person: OffenderTable,
  booking: BookingTable,
  movement: MovementRow,
  reason: string,
): EventToRecord {
  return movementEvent('PRISONER_RELEASED', person, movement.fromLocation, movement, {
    bookingNumber: booking.bookingNumber,
    custodyStatus: booking.status,
    reason,
  });
}
