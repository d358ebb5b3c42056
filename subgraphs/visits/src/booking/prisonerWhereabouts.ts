import { findPrison } from '@lib/reference/prisonRegister';
import type { PrisonerWhereabouts } from '../prisoners/prisonerLocator';
import { requireApprovedVisitors } from '../services/approvedVisitors';
import type { CheckedVisitor } from '../services/visitorRules';
import { visitRefusal } from '../services/visitRefusal';
import type { BookerLinkTable } from '../store/visitsTables';
import type { Actor, BookingDependencies } from './bookingDependencies';

function prisonName(prisonCode: string): string {
  return `${findPrison(prisonCode)?.name ?? prisonCode} (${prisonCode})`;
}

/**
 * Refuses a prisoner P-Nomis does not know, who is not in custody, or who is no longer held at `prisonCode`
 * (transferred since the caller looked at availability); returns where they are held. A member of the public
 * (`link` given) learns no more than that the prisoner is not held at the prison they linked them at: unknown,
 * released and transferred read alike.
 */
export function requireHeldAt(
  whereabouts: PrisonerWhereabouts | null,
  prisonNumber: string,
  prisonCode: string | null,
  link: BookerLinkTable | null,
): PrisonerWhereabouts & { prisonCode: string } {
  if (link && (!whereabouts?.inCustody || whereabouts.prisonCode !== link.prisonCode)) {
    throw visitRefusal(
      'PRISONER_NOT_AT_PRISON',
      `P-Nomis no longer says that ${prisonNumber} is held at ${prisonName(link.prisonCode)}, where you linked ` +
        'them: link them to your booking account again, with the prison holding them now',
    );
  }
  if (!whereabouts) throw visitRefusal('PRISONER_NOT_FOUND', `P-Nomis has no prisoner ${prisonNumber}`);
  if (!whereabouts.inCustody || whereabouts.prisonCode === null) {
    throw visitRefusal(
      'PRISONER_NOT_IN_CUSTODY',
      `${prisonNumber} is not in prison now, according to P-Nomis: no visit can be booked`,
    );
  }
  if (prisonCode !== null && whereabouts.prisonCode !== prisonCode) {
    throw visitRefusal(
      'PRISONER_NOT_AT_PRISON',
      `${prisonNumber} is no longer held at ${prisonName(prisonCode)}: look up availability again for the prison holding them`,
    );
  }
  return { ...whereabouts, prisonCode: whereabouts.prisonCode };
}

/** A visit to check the visitors of: its date, open or closed, and the visitors named. */
export interface VisitParty {
  date: string;
  restriction: 'OPEN' | 'CLOSED';
  visitors: readonly CheckedVisitor[];
}

/**
 * Asks P-Nomis, now, where a prisoner is held and, when a visit's visitors are named, whether each may come,
 * in one question; refuses as requireHeldAt does, then any visitor P-Nomis does not let come that day.
 */
export async function requireVisitable(
  dependencies: BookingDependencies,
  actor: Actor,
  target: { prisonNumber: string; prisonCode: string | null; link: BookerLinkTable | null },
  party?: VisitParty,
): Promise<PrisonerWhereabouts & { prisonCode: string }> {
  const { locator } = dependencies;
  if (!party || party.visitors.length === 0) {
    const whereabouts = await locator.locate(target.prisonNumber, actor.credential);
    return requireHeldAt(whereabouts, target.prisonNumber, target.prisonCode, target.link);
  }
  const answer = await locator.locateForVisit(target.prisonNumber, party, actor.credential);
  const held = requireHeldAt(answer.whereabouts, target.prisonNumber, target.prisonCode, target.link);
  requireApprovedVisitors(party.visitors, answer.approvals, party.restriction);
  return held;
}
