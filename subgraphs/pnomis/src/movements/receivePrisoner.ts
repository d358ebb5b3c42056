import { londonDateOf } from '@lib/time/londonTime';
import type { OffenderTable } from '../store/pnomisTables';
import { existingRecordOf } from './existingRecord';
import { allocate, drawBookingNumber, drawPrisonNumber } from './identifierAllocation';
import { prisonerReceived } from './movementAnnouncements';
import { movementError } from './movementErrors';
import { ADMISSION_REASONS } from './movementReasons';
import { requireAfterLastMovement } from './movementRules';
import type { KeyedMovement, MovementStore, MovementUnit } from './movementStore';
import type { NewPrisoner, ReceptionRequest } from './receptionRequest';
import { earlierAnswer, type RecordedMovement } from './recordedMovement';

/** Whether an earlier reception, found by the key, is the one this request asks for. */
function sameReception(request: ReceptionRequest, { movement, booking, offender }: KeyedMovement): boolean {
  const samePerson =
    'prisonNumber' in request.person
      ? offender.prisonNumber === request.person.prisonNumber
      : (Object.keys(request.person.newPerson) as (keyof NewPrisoner)[]).every(
          (field) => offender[field] === (request.person as { newPerson: NewPrisoner }).newPerson[field],
        );
  return (
    samePerson &&
    movement.type === 'ADMISSION' &&
    movement.toLocation === request.prisonCode &&
    movement.fromLocation === request.fromLocation &&
    movement.occurredAt === request.occurredAt &&
    booking.status === request.status
  );
}

/**
 * Someone P-Nomis knows, locked, and out of custody: refused with PRISONER_NOT_FOUND or PRISONER_ALREADY_IN_CUSTODY.
 */
async function returningPerson(unit: MovementUnit, prisonNumber: string, found: OffenderTable | undefined) {
  if (!found) {
    throw movementError('PRISONER_NOT_FOUND', `P-Nomis holds no prisoner ${prisonNumber}`, 'prisonNumber');
  }
  if (await unit.activeBookingOf(prisonNumber)) {
    throw movementError(
      'PRISONER_ALREADY_IN_CUSTODY',
      `${prisonNumber} is already in custody: a person has one active booking at a time`,
      'prisonNumber',
    );
  }
  return found;
}

/**
 * A person new to P-Nomis, given a prison number. Refused when P-Nomis already holds them, by their PNC ID or CRO
 * number, or, given with neither, by their name and date of birth (existingRecord.ts says why these), so that one
 * person keeps one record.
 */
async function newPerson(unit: MovementUnit, particulars: NewPrisoner): Promise<OffenderTable> {
  const existing = await existingRecordOf(unit, particulars);
  if (existing) throw existing;
  const prisonNumber = await allocate(drawPrisonNumber, unit.prisonNumberTaken, 'prison number');
  return unit.insertPerson({ prisonNumber, ...particulars });
}

/**
 * Receives a person into prison, in one transaction: someone P-Nomis knows (after a release) or a person new to
 * it, on remand or sentenced. Opens an active booking with a new booking number at the prison, records the
 * admission (IN, from the court or the community) and announces PRISONER_RECEIVED to the prison's staff. A person
 * in custody already is refused, whether named by prison number or matched as a "new" person; a reception not
 * after their last movement too. A repeated key returns the first answer.
 */
export function receivePrisoner(store: MovementStore, request: ReceptionRequest): Promise<RecordedMovement> {
  return store.withMovement(async (unit) => {
    const known = 'prisonNumber' in request.person ? request.person.prisonNumber : null;
    // The lock first, then the key: a request repeated while the first was being recorded finds its answer.
    const locked = known ? await unit.lockPerson(known) : undefined;
    if ('newPerson' in request.person) await unit.lockNameAndBirth(request.person.newPerson);
    const earlier = await earlierAnswer(unit, request.idempotencyKey, (found) =>
      sameReception(request, found),
    );
    if (earlier) return earlier;
    const person =
      'prisonNumber' in request.person
        ? await returningPerson(unit, request.person.prisonNumber, locked)
        : await newPerson(unit, request.person.newPerson);
    requireAfterLastMovement(request.occurredAt, await unit.lastMovementOf(person.prisonNumber));
    const booking = await unit.insertBooking({
      bookingId: await unit.nextBookingId(),
      bookingNumber: await allocate(drawBookingNumber, unit.bookingNumberTaken, 'booking number'),
      prisonNumber: person.prisonNumber,
      prisonCode: request.prisonCode,
      active: 1,
      inOutStatus: 'IN',
      status: request.status,
      beganOn: londonDateOf(request.occurredAt),
      endedOn: null,
      admissionReason: ADMISSION_REASONS[request.status],
      releaseDate: null,
      incentiveLevel: 'STANDARD',
    });
    const movement = await unit.insertMovement({
      bookingId: booking.bookingId,
      occurredAt: request.occurredAt,
      type: 'ADMISSION',
      direction: 'IN',
      fromLocation: request.fromLocation,
      toLocation: request.prisonCode,
      reason: booking.admissionReason,
      idempotencyKey: request.idempotencyKey,
    });
    await unit.recordEvent(prisonerReceived(person, booking, movement, known ? 'RETURNING' : 'FIRST'));
    return { person, booking, movement, replayed: false };
  });
}
