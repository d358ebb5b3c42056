import { ageOn } from '@lib/time/londonTime';

/** A prisoner's contact as the load reads it (from P-Nomis's store, or from the graph as prison staff). */
export interface ContactOnRecord {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  approved: boolean;
  restrictions: readonly { startsOn: string; endsOn: string | null }[];
}

/** A visitor as a booking names them. */
export interface PartyMember {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  lead: boolean;
}

/** Whether a contact may come to an open visit on a date: approved, and under no restriction that day. */
export function freeToVisit(contact: ContactOnRecord, date: string): boolean {
  return (
    contact.approved &&
    contact.restrictions.every((held) => held.startsOn > date || (held.endsOn !== null && held.endsOn < date))
  );
}

/**
 * Who visits a prisoner on a date, as a booker would name them: the first adult contact free to visit that day,
 * leading, and the first child free to visit, if there is one. Null when no adult may come.
 */
export function visitorParty(contacts: readonly ContactOnRecord[], date: string): PartyMember[] | null {
  const free = contacts.filter((contact) => freeToVisit(contact, date));
  const lead = free.find((contact) => ageOn(contact.dateOfBirth, date) >= 18);
  if (!lead) return null;
  const child = free.find((contact) => ageOn(contact.dateOfBirth, date) < 18);
  const member = (contact: ContactOnRecord, isLead: boolean): PartyMember => ({
    firstName: contact.firstName,
    lastName: contact.lastName,
    dateOfBirth: contact.dateOfBirth,
    relationship: contact.relationship,
    lead: isLead,
  });
  return child ? [member(lead, true), member(child, false)] : [member(lead, true)];
}
