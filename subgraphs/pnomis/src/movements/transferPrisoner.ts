import type { Caller } from '@lib/auth/caller';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { prisonerTransferred } from './movementAnnouncements';
import { movementError } from './movementErrors';
import { TRANSFER_REASONS, type TransferReason } from './movementReasons';
import {
  readIdempotencyKey,
  requireAfterLastMovement,
  requireNotAfterToday,
  requirePrison,
  requirePrisonOfCaseload,
} from './movementRules';
import type { KeyedMovement, MovementStore } from './movementStore';
import { earlierAnswer, personHeldAt, type RecordedMovement } from './recordedMovement';

/** A transfer, as the mutation's input reads. */
export interface TransferInput {
  prisonNumber: string;
  fromPrisonCode: string;
  toPrisonCode: string;
  reason: TransferReason;
  occurredAt: string;
  idempotencyKey: string;
}

/** A transfer checked for form, caseload and date. */
export type TransferRequest = TransferInput;

/**
 * Checks a transfer before anything is read: the prison number well formed, both prisons in the register, the one
 * left in the caller's caseload (the prison it goes to need not be), not the same prison (SAME_PRISON), and the
 * time not after today.
 */
export function readTransfer(input: TransferInput, caller: Caller | null, now: Date): TransferRequest {
  const idempotencyKey = readIdempotencyKey(input.idempotencyKey);
  const prisonNumber = requireIdentifier('prisonNumber', input.prisonNumber, 'prisonNumber');
  const fromPrisonCode = requirePrisonOfCaseload(caller, input.fromPrisonCode, 'fromPrisonCode');
  const toPrisonCode = requirePrison(input.toPrisonCode, 'toPrisonCode');
  if (fromPrisonCode === toPrisonCode) {
    throw movementError(
      'SAME_PRISON',
      `A transfer goes to another prison than ${fromPrisonCode}`,
      'toPrisonCode',
    );
  }
  requireNotAfterToday(input.occurredAt, now, 'occurredAt');
  return { ...input, prisonNumber, fromPrisonCode, toPrisonCode, idempotencyKey };
}

function sameTransfer(request: TransferRequest, { movement, offender }: KeyedMovement): boolean {
  return (
    offender.prisonNumber === request.prisonNumber &&
    movement.type === 'TRANSFER' &&
    movement.fromLocation === request.fromPrisonCode &&
    movement.toLocation === request.toPrisonCode &&
    movement.occurredAt === request.occurredAt &&
    movement.reason === TRANSFER_REASONS[request.reason]
  );
}

/**
 * Moves a prisoner's active booking to another prison, in one transaction: the booking's establishment changes,
 * the transfer is recorded (IN, from one prison to the other) and PRISONER_TRANSFERRED is announced to the staff
 * of the prison it goes to. The prisoner must be held at the prison named as the one left: of two clerks moving
 * them at once, the second finds them gone (PRISONER_NOT_AT_PRISON). A repeated key returns the first answer.
 */
export function transferPrisoner(store: MovementStore, request: TransferRequest): Promise<RecordedMovement> {
  return store.withMovement(async (unit) => {
    const locked = await unit.lockPerson(request.prisonNumber);
    const earlier = await earlierAnswer(unit, request.idempotencyKey, (found) =>
      sameTransfer(request, found),
    );
    if (earlier) return earlier;
    const { person, booking } = await personHeldAt(
      unit,
      locked,
      request.prisonNumber,
      request.fromPrisonCode,
    );
    requireAfterLastMovement(request.occurredAt, await unit.lastMovementOf(person.prisonNumber));
    const moved = await unit.updateBooking(booking.bookingId, {
      prisonCode: request.toPrisonCode,
      inOutStatus: 'IN',
    });
    const movement = await unit.insertMovement({
      bookingId: booking.bookingId,
      occurredAt: request.occurredAt,
      type: 'TRANSFER',
      direction: 'IN',
      fromLocation: request.fromPrisonCode,
      toLocation: request.toPrisonCode,
      reason: TRANSFER_REASONS[request.reason],
      idempotencyKey: request.idempotencyKey,
    });
    await unit.recordEvent(prisonerTransferred(person, moved, movement, request.reason));
    return { person, booking: moved, movement, replayed: false };
  });
}
