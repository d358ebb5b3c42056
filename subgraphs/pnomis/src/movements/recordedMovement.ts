import type { BookingTable, OffenderTable } from '../store/pnomisTables';
import { movementError } from './movementErrors';
import type { KeyedMovement, MovementRow, MovementUnit } from './movementStore';

/** What recording a movement gives back: the person, their booking as it stands, and the movement. */
export interface RecordedMovement {
  person: OffenderTable;
  booking: BookingTable;
  movement: MovementRow;
  /** True when the answer repeats an earlier request's with the same key: nothing new was recorded. */
  replayed: boolean;
}

/**
 * The answer to a request whose idempotency key an earlier request used: that request's movement, when it asked
 * for the same; IDEMPOTENCY_KEY_REUSED when it asked for something else. Null when the key is new.
 */
export async function earlierAnswer(
  unit: MovementUnit,
  idempotencyKey: string,
  sameRequest: (earlier: KeyedMovement) => boolean,
): Promise<RecordedMovement | null> {
  const earlier = await unit.movementByKey(idempotencyKey);
  if (!earlier) return null;
  if (!sameRequest(earlier)) {
    throw movementError(
      'IDEMPOTENCY_KEY_REUSED',
      `Idempotency key "${idempotencyKey}" was already used for a different movement`,
      'idempotencyKey',
    );
  }
  return { person: earlier.offender, booking: earlier.booking, movement: earlier.movement, replayed: true };
}

/**
 * The person a transfer or release moves, and their active booking, which must be at `prisonCode`: refused with
 * PRISONER_NOT_FOUND, PRISONER_NOT_IN_CUSTODY or PRISONER_NOT_AT_PRISON. Where they are instead is not said: the
 * caller's caseload may not hold it. Called once the person is locked, so that what it finds stays so.
 */
export async function personHeldAt(
  unit: MovementUnit,
  person: OffenderTable | undefined,
  prisonNumber: string,
  prisonCode: string,
): Promise<{ person: OffenderTable; booking: BookingTable }> {
  if (!person) {
    throw movementError('PRISONER_NOT_FOUND', `P-Nomis holds no prisoner ${prisonNumber}`, 'prisonNumber');
  }
  const booking = await unit.activeBookingOf(prisonNumber);
  if (!booking) {
    throw movementError('PRISONER_NOT_IN_CUSTODY', `${prisonNumber} is not in custody`, 'prisonNumber');
  }
  if (booking.prisonCode !== prisonCode) {
    throw movementError(
      'PRISONER_NOT_AT_PRISON',
      `${prisonNumber} is not held at ${prisonCode}`,
      'prisonNumber',
    );
  }
  return { person, booking };
}
