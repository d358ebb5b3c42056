import { findPrison } from '@lib/reference/prisonRegister';
import type { PrisonerWhereabouts } from '../prisoners/prisonerLocator';
import { visitRefusal } from '../services/visitRefusal';
import type { Actor, BookingDependencies } from './bookingDependencies';

/**
 * Asks P-Nomis, now, where a prisoner is held, and refuses a prisoner it does not know, who is not in custody,
 * or who is no longer held at `prisonCode` (transferred since the caller looked at availability).
 */
export async function requireWhereabouts(
  dependencies: BookingDependencies,
  actor: Actor,
  prisonNumber: string,
  prisonCode: string | null,
): Promise<PrisonerWhereabouts & { prisonCode: string }> {
  const whereabouts = await dependencies.locator.locate(prisonNumber, actor.credential);
  if (!whereabouts) throw visitRefusal('PRISONER_NOT_FOUND', `P-Nomis has no prisoner ${prisonNumber}`);
  if (!whereabouts.inCustody || whereabouts.prisonCode === null) {
    throw visitRefusal(
      'PRISONER_NOT_IN_CUSTODY',
      `${prisonNumber} is not in prison now, according to P-Nomis: no visit can be booked`,
    );
  }
  if (prisonCode !== null && whereabouts.prisonCode !== prisonCode) {
    const name = findPrison(prisonCode)?.name ?? prisonCode;
    throw visitRefusal(
      'PRISONER_NOT_AT_PRISON',
      `${prisonNumber} is no longer held at ${name} (${prisonCode}): look up availability again for the prison holding them`,
    );
  }
  return { ...whereabouts, prisonCode: whereabouts.prisonCode };
}
