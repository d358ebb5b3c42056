import type { Caller } from '@lib/auth/caller';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { londonDateOf } from '@lib/time/londonTime';
import { prisonerReleased } from './movementAnnouncements';
import { RELEASE_REASONS, requireReleaseReasonFor, type ReleaseReason } from './movementReasons';
import {
  readIdempotencyKey,
  requireAfterLastMovement,
  requireNotAfterToday,
  requirePrisonOfCaseload,
} from './movementRules';
import type { KeyedMovement, MovementStore } from './movementStore';
import { earlierAnswer, personHeldAt, type RecordedMovement } from './recordedMovement';

/** A release, as the mutation's input reads. */
export interface ReleaseInput {
  prisonNumber: string;
  prisonCode: string;
  reason: ReleaseReason;
  occurredAt: string;
  idempotencyKey: string;
}

/** A release checked for form, caseload and date. */
export type ReleaseRequest = ReleaseInput;

/** Checks a release before anything is read: the prison number, the prison (in the caller's caseload), the time. */
export function readRelease(input: ReleaseInput, caller: Caller | null, now: Date): ReleaseRequest {
  const idempotencyKey = readIdempotencyKey(input.idempotencyKey);
  const prisonNumber = requireIdentifier('prisonNumber', input.prisonNumber, 'prisonNumber');
  const prisonCode = requirePrisonOfCaseload(caller, input.prisonCode, 'prisonCode');
  requireNotAfterToday(input.occurredAt, now, 'occurredAt');
  return { ...input, prisonNumber, prisonCode, idempotencyKey };
}

function sameRelease(request: ReleaseRequest, { movement, offender }: KeyedMovement): boolean {
  return (
    offender.prisonNumber === request.prisonNumber &&
    movement.type === 'RELEASE' &&
    movement.fromLocation === request.prisonCode &&
    movement.occurredAt === request.occurredAt &&
    movement.reason === RELEASE_REASONS[request.reason].text
  );
}

/**
 * Releases a prisoner, in one transaction: the active booking ends (inactive, out, ended on the release date), the
 * release is recorded (OUT, from the prison to the community) and PRISONER_RELEASED is announced to the staff of
 * the prison left. The reason must fit how they are held (RELEASE_REASON_NOT_ALLOWED); of two clerks releasing
 * them at once, the second finds them released (PRISONER_NOT_IN_CUSTODY). A repeated key returns the first answer.
 */
export function releasePrisoner(store: MovementStore, request: ReleaseRequest): Promise<RecordedMovement> {
  return store.withMovement(async (unit) => {
    const locked = await unit.lockPerson(request.prisonNumber);
    const earlier = await earlierAnswer(unit, request.idempotencyKey, (found) => sameRelease(request, found));
    if (earlier) return earlier;
    const { person, booking } = await personHeldAt(unit, locked, request.prisonNumber, request.prisonCode);
    requireReleaseReasonFor(request.reason, booking.status);
    requireAfterLastMovement(request.occurredAt, await unit.lastMovementOf(person.prisonNumber));
    const ended = await unit.updateBooking(booking.bookingId, {
      active: 0,
      inOutStatus: 'OUT',
      endedOn: londonDateOf(request.occurredAt),
    });
    const movement = await unit.insertMovement({
      bookingId: booking.bookingId,
      occurredAt: request.occurredAt,
      type: 'RELEASE',
      direction: 'OUT',
      fromLocation: request.prisonCode,
      toLocation: 'OUT',
      reason: RELEASE_REASONS[request.reason].text,
      idempotencyKey: request.idempotencyKey,
    });
    await unit.recordEvent(prisonerReleased(person, ended, movement, request.reason));
    return { person, booking: ended, movement, replayed: false };
  });
}
