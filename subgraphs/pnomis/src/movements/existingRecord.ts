import { GraphQLError } from 'graphql';
import type { OffenderTable } from '../store/pnomisTables';
import type { MovementErrorCode } from './movementErrors';
import type { MovementUnit } from './movementStore';
import type { NewPrisoner } from './receptionRequest';

/**
 * A reception of a "new" person refused because P-Nomis already holds them. It carries the record found, so that
 * the resolver can name its prison number to a caller whose caseload holds the person, and tell the audit log
 * whom the refusal concerned; the message itself names no record, so that it is safe to send as it is.
 */
export class PersonAlreadyRecorded extends GraphQLError {
  constructor(
    readonly person: OffenderTable,
    readonly code: MovementErrorCode,
    readonly reason: string,
    readonly argument: string,
  ) {
    super(reason, { extensions: { code, argument } });
  }
}

/** How the clerk tells apart someone else who shares the name and date of birth. */
const TELL_APART = 'or, if this is someone else, give their PNC ID or CRO number';

/**
 * The record P-Nomis already holds of a person given as new, found as NOMIS itself finds one when a prisoner is
 * created (ministryofjustice/prison-api, PrisonerCreationService): by the PNC ID, then by the CRO number, the
 * identifiers that name one person (DOMAIN.md, "Identifiers"); and, only for someone given with neither, by first
 * name, family name (both whatever their case) and date of birth. A different PNC ID or CRO number means a
 * different person even of the same name and birth date, so a clerk receives a namesake by giving one; without
 * either, the name and date of birth are all that tell people apart, and a match is taken to be the same person
 * rather than given a second prison number. Someone matched who is in custody cannot be received at all
 * (PRISONER_ALREADY_IN_CUSTODY); someone released is received again by their prison number (PNC_ID_ALREADY_RECORDED,
 * CRO_NUMBER_ALREADY_RECORDED, PERSON_ALREADY_RECORDED), so that one person keeps one record.
 *
 * Called inside the reception's transaction: the PNC ID and the CRO number are unique in the store, so two clerks
 * at once cannot both record one; the name and date of birth are not (namesakes exist), so the reception holds a
 * lock on them (`lockNameAndBirth`), taken before its idempotency key is looked up, until it commits.
 */
export async function existingRecordOf(
  unit: MovementUnit,
  particulars: NewPrisoner,
): Promise<PersonAlreadyRecorded | null> {
  const { pncId, croNumber } = particulars;
  const byPnc = pncId ? await unit.personByPncId(pncId) : undefined;
  if (byPnc) {
    const reason = `P-Nomis already holds a person with PNC ID ${pncId}: receive them by their prison number`;
    return new PersonAlreadyRecorded(byPnc, 'PNC_ID_ALREADY_RECORDED', reason, 'pncId');
  }
  const byCro = croNumber ? await unit.personByCroNumber(croNumber) : undefined;
  if (byCro) {
    const reason = `P-Nomis already holds a person with CRO number ${croNumber}: receive them by their prison number`;
    return new PersonAlreadyRecorded(byCro, 'CRO_NUMBER_ALREADY_RECORDED', reason, 'croNumber');
  }
  if (pncId || croNumber) return null;
  const byName = await unit.personByNameAndBirth(particulars);
  if (!byName) return null;
  const who = `${particulars.firstName} ${particulars.lastName}, born ${particulars.dateOfBirth}`;
  if (await unit.activeBookingOf(byName.prisonNumber)) {
    const reason = `${who}, is already in custody: a person has one active booking at a time (${TELL_APART})`;
    return new PersonAlreadyRecorded(byName, 'PRISONER_ALREADY_IN_CUSTODY', reason, 'newPerson');
  }
  const reason = `P-Nomis already holds ${who}: receive them by their prison number (${TELL_APART})`;
  return new PersonAlreadyRecorded(byName, 'PERSON_ALREADY_RECORDED', reason, 'newPerson');
}
