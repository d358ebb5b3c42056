import type { Caller } from '@lib/auth/caller';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { findCourt } from '@lib/reference/courtRegister';
import { findPrison } from '@lib/reference/prisonRegister';
import { londonDateOf } from '@lib/time/londonTime';
import { movementError } from './movementErrors';
import type { MovementRow } from './movementStore';

/** A caller's idempotency key: 1 to 100 characters, surrounding spaces ignored. */
export function readIdempotencyKey(input: string): string {
  const key = input.trim();
  if (key.length === 0 || key.length > 100) {
    throw badUserInput('idempotencyKey must be 1 to 100 characters', 'idempotencyKey');
  }
  return key;
}

/** An establishment code that is well formed (BAD_USER_INPUT) and names a prison of the register (UNKNOWN_PRISON). */
export function requirePrison(input: string, argument: string): string {
  const code = requireIdentifier('prisonCode', input, argument);
  if (!findPrison(code)) {
    throw movementError('UNKNOWN_PRISON', `${code} is not a prison in the prison register`, argument);
  }
  return code;
}

/** A prison where the caller records a movement: one of their caseload (OUTSIDE_CASELOAD otherwise), as in NOMIS. */
export function requirePrisonOfCaseload(caller: Caller | null, input: string, argument: string): string {
  const code = requirePrison(input, argument);
  if (!inCaseload(caller, code)) throw outsideCaseload();
  return code;
}

/** A court code that is well formed (BAD_USER_INPUT) and names a court of the register (UNKNOWN_COURT). */
export function requireCourt(input: string, argument: string): string {
  const code = requireIdentifier('courtCode', input, argument);
  if (!findCourt(code)) {
    throw movementError('UNKNOWN_COURT', `${code} is not a court in the court register`, argument);
  }
  return code;
}

/**
 * Refuses a movement dated after today in London (DATE_IN_FUTURE): a movement is recorded once it has happened,
 * on the day or after; a time later today is the clerk's to give, a day to come is not.
 */
export function requireNotAfterToday(occurredAt: string, now: Date, argument: string): void {
  if (londonDateOf(occurredAt) > londonDateOf(now)) {
    throw movementError(
      'DATE_IN_FUTURE',
      `${argument} (${occurredAt}) is after today: a movement is recorded once it has happened`,
      argument,
    );
  }
}

/**
 * Refuses a movement that is not after the person's last one (MOVEMENT_OUT_OF_ORDER): a booking's movements are
 * its history, in time order, and a reception follows the release before it.
 */
export function requireAfterLastMovement(occurredAt: string, last: MovementRow | undefined): void {
  if (last && occurredAt <= last.occurredAt) {
    throw movementError(
      'MOVEMENT_OUT_OF_ORDER',
      `occurredAt (${occurredAt}) is not after the person's last movement, at ${last.occurredAt}`,
      'occurredAt',
    );
  }
}
