import type { Caller } from '@lib/auth/caller';
import { badUserInput } from '@lib/graphql/errors';
import { readCroNumber } from '@lib/identifiers/croNumber';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import { londonDateOf } from '@lib/time/londonTime';
import type { BookingTable } from '../store/pnomisTables';
import {
  readIdempotencyKey,
  requireCourt,
  requireNotAfterToday,
  requirePrisonOfCaseload,
} from './movementRules';

/** A person new to P-Nomis, as the reception input gives them. */
export interface NewPrisonerInput {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  pncId?: string | null;
  croNumber?: string | null;
}

/** A reception, as the mutation's input reads. */
export interface ReceptionInput {
  prisonNumber?: string | null;
  newPerson?: NewPrisonerInput | null;
  prisonCode: string;
  status: BookingTable['status'];
  fromCourtCode?: string | null;
  occurredAt: string;
  idempotencyKey: string;
}

/** A person new to P-Nomis, checked: names trimmed, identifiers in canonical form. */
export interface NewPrisoner {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  pncId: string | null;
  croNumber: string | null;
}

/** A reception checked for form, caseload and date: whom, where, how held, from where, when. */
export interface ReceptionRequest {
  /** Someone P-Nomis holds a record of, by prison number, or a person new to it. */
  person: { prisonNumber: string } | { newPerson: NewPrisoner };
  prisonCode: string;
  status: BookingTable['status'];
  /** The court that remanded or sentenced them, or OUT for someone received from the community (a recall). */
  fromLocation: string;
  occurredAt: string;
  idempotencyKey: string;
}

/** The longest name P-Nomis keeps (its name columns are varchar(100)). */
const MAX_NAME_LENGTH = 100;
/** The earliest date of birth taken: anything before is a mistyped year. */
const EARLIEST_BIRTH = '1900-01-01';

function requireName(value: string, argument: string): string {
  const name = value.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) {
    throw badUserInput(`${argument} must be 1 to ${MAX_NAME_LENGTH} characters`, argument);
  }
  return name;
}

function readNewPrisoner(input: NewPrisonerInput, now: Date): NewPrisoner {
  const today = londonDateOf(now);
  if (input.dateOfBirth > today || input.dateOfBirth < EARLIEST_BIRTH) {
    throw badUserInput(
      `The date of birth ${input.dateOfBirth} is not a birth date: it must be from ${EARLIEST_BIRTH} to today`,
      'dateOfBirth',
    );
  }
  const cro = input.croNumber ? readCroNumber(input.croNumber) : null;
  if (cro && !cro.valid) throw badUserInput(cro.reason, 'croNumber');
  return {
    firstName: requireName(input.firstName, 'firstName'),
    lastName: requireName(input.lastName, 'lastName'),
    dateOfBirth: input.dateOfBirth,
    pncId: input.pncId ? requirePncId(input.pncId, 'pncId') : null,
    croNumber: cro?.valid ? cro.canonical : null,
  };
}

/**
 * Checks a reception before anything is read: exactly one of a prison number and a new person (BAD_USER_INPUT),
 * their identifiers and names well formed (a PNC ID by its check character), the prison in the register and in
 * the caller's caseload, the court in the register, and the time not after today.
 */
export function readReception(input: ReceptionInput, caller: Caller | null, now: Date): ReceptionRequest {
  const byNumber = input.prisonNumber !== undefined && input.prisonNumber !== null;
  const isNew = input.newPerson !== undefined && input.newPerson !== null;
  if (byNumber === isNew) {
    throw badUserInput(
      'Give either the prison number of someone P-Nomis knows or newPerson for someone new to it, not both',
      byNumber ? 'newPerson' : 'prisonNumber',
    );
  }
  const idempotencyKey = readIdempotencyKey(input.idempotencyKey);
  const prisonCode = requirePrisonOfCaseload(caller, input.prisonCode, 'prisonCode');
  const fromLocation = input.fromCourtCode ? requireCourt(input.fromCourtCode, 'fromCourtCode') : 'OUT';
  requireNotAfterToday(input.occurredAt, now, 'occurredAt');
  const person =
    input.newPerson && isNew
      ? { newPerson: readNewPrisoner(input.newPerson, now) }
      : { prisonNumber: requireIdentifier('prisonNumber', input.prisonNumber ?? '', 'prisonNumber') };
  return {
    person,
    prisonCode,
    status: input.status,
    fromLocation,
    occurredAt: input.occurredAt,
    idempotencyKey,
  };
}
