import { foldedName } from '@lib/search/foldedName';
import type { ContactRestrictionTable, PrisonerContactTable } from '../store/pnomisTables';

/** What P-Nomis says of one person named on a visit: whether they may come, and if not, why. */
export type VisitorVerdict = 'APPROVED' | 'NOT_APPROVED' | 'BANNED' | 'CLOSED_VISITS_ONLY';

/** A person named on a visit, as the booking names them. */
export interface VisitorParticulars {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** The verdict on one visitor, with the last day of the restriction behind it (null: none, or no end date). */
export interface VisitorApproval {
  verdict: VisitorVerdict;
  restrictionEndsOn: string | null;
}

type Contact = Pick<
  PrisonerContactTable,
  'contactId' | 'firstName' | 'lastName' | 'dateOfBirth' | 'approvedVisitor'
>;
type Restriction = Pick<ContactRestrictionTable, 'restrictionType' | 'startsOn' | 'endsOn'>;

/** A name as the visitor check compares it: spaces around it aside, folded as every search by name folds it. */
const folded = (name: string) => foldedName(name.trim());

/** Whether a restriction applies on a date: from its first day to its last, or with no end. */
export function inForceOn(restriction: Pick<Restriction, 'startsOn' | 'endsOn'>, date: string): boolean {
  return restriction.startsOn <= date && (restriction.endsOn === null || restriction.endsOn >= date);
}

/** The restriction of a kind that lasts longest (one with no end date outlasts any). */
function longest(restrictions: readonly Restriction[]): Restriction | undefined {
  return [...restrictions].sort((a, b) => (a.endsOn ?? '9999').localeCompare(b.endsOn ?? '9999')).pop();
}

/**
 * Whether a person may be named on a visit to a prisoner on a date: they must be one of the prisoner's contacts,
 * matched by name (case, surrounding spaces and how an accent was keyed aside) and date of birth, approved as a visitor, and under no ban
 * in force that day; a contact restricted to closed visits may come only to a closed one. Someone who is not a
 * contact and a contact not (yet) approved get the same verdict, so that the answer tells a booker no more than
 * that the person may not come.
 */
export function approveVisitor(
  visitor: VisitorParticulars,
  visitDate: string,
  contacts: readonly Contact[],
  restrictionsOf: (contactId: number) => readonly Restriction[],
): VisitorApproval {
  const matching = contacts.filter(
    (contact) =>
      folded(contact.firstName) === folded(visitor.firstName) &&
      folded(contact.lastName) === folded(visitor.lastName) &&
      contact.dateOfBirth === visitor.dateOfBirth,
  );
  if (!matching.some((contact) => contact.approvedVisitor === 1)) {
    return { verdict: 'NOT_APPROVED', restrictionEndsOn: null };
  }
  const inForce = matching
    .flatMap((contact) => restrictionsOf(contact.contactId))
    .filter((restriction) => inForceOn(restriction, visitDate));
  const ban = longest(inForce.filter((restriction) => restriction.restrictionType === 'BAN'));
  if (ban) return { verdict: 'BANNED', restrictionEndsOn: ban.endsOn };
  const closed = longest(inForce.filter((restriction) => restriction.restrictionType === 'CLOSED'));
  if (closed) return { verdict: 'CLOSED_VISITS_ONLY', restrictionEndsOn: closed.endsOn };
  return { verdict: 'APPROVED', restrictionEndsOn: null };
}

/**
 * Whether a prison number, date of birth and prison name one person held there now. `records` are the date of
 * birth P-Nomis holds for the number, each with the prison of an active booking (null once released); none for a
 * number it does not know. Unknown, released and mismatched all answer false alike.
 */
export function particularsMatch(
  records: readonly { dateOfBirth: string; prisonCode: string | null }[],
  stated: { dateOfBirth: string; prisonCode: string },
): boolean {
  return records.some(
    (record) => record.dateOfBirth === stated.dateOfBirth && record.prisonCode === stated.prisonCode,
  );
}
