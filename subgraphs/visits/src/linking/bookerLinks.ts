import { actsAsStaff, requireVisibleVisit, visitNotFound } from '../booking/visitAccess';
import { type Actor, subjectOf } from '../booking/bookingDependencies';
import { visitRefusal } from '../services/visitRefusal';
import type { VisitsStore } from '../store/visitsStore';
import type { BookerLinkTable, VisitTable } from '../store/visitsTables';

/**
 * The one answer a member of the public gets whenever they may not book for a prisoner: a link that failed
 * (no such prisoner, released, another date of birth or prison) and a prisoner not linked to their account alike,
 * so that nothing tells them whether the prisoner exists or where they are.
 */
export function prisonerNotMatched() {
  return visitRefusal(
    'PRISONER_NOT_MATCHED',
    'No prisoner you can book visits for matches these details: check the prison number, date of birth and ' +
      'prison, and link the prisoner to your booking account',
  );
}

/**
 * The link of a prisoner to the booking account of a caller who books as a member of the public (who may book
 * only for prisoners they linked), refused with PRISONER_NOT_MATCHED when there is none; null for prison staff
 * (visits:read), who book for anyone their caseload holds without links.
 */
export async function requireLinked(
  store: Pick<VisitsStore, 'findBookerLink'>,
  actor: Actor,
  prisonNumber: string,
): Promise<BookerLinkTable | null> {
  if (actsAsStaff(actor.caller)) return null;
  const link = await store.findBookerLink(subjectOf(actor), prisonNumber);
  if (!link) throw prisonerNotMatched();
  return link;
}

/**
 * A visit a caller asked to change by reference, as requireVisibleVisit allows, with the link of its prisoner to
 * a member of the public's account: they change only visits they booked for a prisoner still linked to them
 * (VISIT_NOT_FOUND otherwise, as for anyone else's visit). The link is null for prison staff.
 */
export async function requireChangeableVisit<
  Visit extends Pick<VisitTable, 'reference' | 'prisonCode' | 'prisonNumber' | 'bookedBy'>,
>(
  store: Pick<VisitsStore, 'findBookerLink'>,
  actor: Actor,
  visit: Visit | null | undefined,
  reference: string,
): Promise<{ visit: Visit; link: BookerLinkTable | null }> {
  const visible = requireVisibleVisit(actor.caller, visit, reference);
  if (actsAsStaff(actor.caller)) return { visit: visible, link: null };
  const link = await store.findBookerLink(subjectOf(actor), visible.prisonNumber);
  if (!link) throw visitNotFound(reference);
  return { visit: visible, link };
}
