import type { Faker } from '@faker-js/faker';
import { addMonths, addYears, ageOn, type Day } from '../calendar';
import type { Journey } from '../journeys/journeyTypes';
import { firstName, lastName } from '../names';
import { chance, intBetween, pick } from '../random';
import { type CircleMember, visitorCircle } from '../visits/visitorCircle';

/** A restriction on a contact's visits: a ban, or closed visits only, from one day to another (or open-ended). */
export interface PlannedRestriction {
  type: 'BAN' | 'CLOSED';
  startsOn: Day;
  endsOn: Day | null;
}

/** One of a prisoner's social contacts as P-Nomis records them. */
export interface PlannedContact extends CircleMember {
  contactId: number;
  approved: boolean;
  restrictions: PlannedRestriction[];
}

/** The most contacts a prisoner is given. */
const MOST_CONTACTS = 8;
/** Of the contacts other than the main visitor: not (yet) approved as visitors... */
const UNAPPROVED_SHARE = 0.05;
/** ...banned from visiting for a while (ended, in force or to come)... */
const BANNED_SHARE = 0.04;
/** ...or restricted to closed visits for a while. */
const CLOSED_SHARE = 0.015;

const RELATIVES = [
  ['Aunt', 'female', 18, 30],
  ['Uncle', 'male', 18, 30],
  ['Grandmother', 'female', 40, 55],
  ['Grandfather', 'male', 40, 55],
  ['Cousin', 'female', -8, 8],
  ['Cousin', 'male', -8, 8],
] as const;

/** Relatives and friends known to P-Nomis beyond those who visit most: 0 to 2 of them. */
function widerFamily(faker: Faker, prisonerAge: number, family: string, windowStart: Day): CircleMember[] {
  const extra: CircleMember[] = [];
  for (let count = intBetween(faker, 0, 2); count > 0; count -= 1) {
    const [relationship, sex, from, to] = pick(faker, RELATIVES);
    const age = Math.min(95, Math.max(19, prisonerAge + intBetween(faker, from, to)));
    extra.push({
      firstName: firstName(faker, sex),
      lastName: relationship.startsWith('Grand') || chance(faker, 0.5) ? family : lastName(faker),
      dateOfBirth: addYears(windowStart, -age) - intBetween(faker, 0, 360),
      relationship,
    });
  }
  return extra;
}

/** A restriction of some months (a fifth with no end), begun in the two years before the as-of date or soon after. */
function restriction(faker: Faker, type: PlannedRestriction['type'], asOf: Day): PlannedRestriction {
  const startsOn = asOf - intBetween(faker, -30, 730);
  const months = pick(faker, [3, 6, 12, 24]);
  return { type, startsOn, endsOn: chance(faker, 0.2) ? null : addMonths(startsOn, months) - 1 };
}

/**
 * A prisoner's contacts: the people who visit them (visitorCircle: one main adult, who is always approved and never
 * restricted, so that every visit has a lead) and some wider family, one to eight in all. A few are not yet
 * approved as visitors, a few are or were banned for a time, a few restricted to closed visits.
 */
export function prisonerContacts(
  faker: Faker,
  journey: Journey,
  windowStart: Day,
  asOf: Day,
  nextId: () => number,
): PlannedContact[] {
  const person = journey.person;
  const circle = visitorCircle(faker, person, windowStart);
  const people = [
    ...circle,
    ...widerFamily(faker, ageOn(person.dateOfBirth, windowStart), person.lastName, windowStart),
  ];
  return people.slice(0, MOST_CONTACTS).map((member, index) => {
    const main = index === 0;
    const roll = faker.number.float();
    const approved = main || roll >= UNAPPROVED_SHARE;
    const restrictions: PlannedRestriction[] = [];
    if (!main && approved && roll < UNAPPROVED_SHARE + BANNED_SHARE)
      restrictions.push(restriction(faker, 'BAN', asOf));
    else if (!main && approved && roll < UNAPPROVED_SHARE + BANNED_SHARE + CLOSED_SHARE) {
      restrictions.push(restriction(faker, 'CLOSED', asOf));
    }
    return { ...member, contactId: nextId(), approved, restrictions };
  });
}

/** Whether a contact may come to an open visit on a day: approved, and under no restriction then. */
export function mayVisitOpenly(contact: PlannedContact, day: Day): boolean {
  return (
    contact.approved &&
    contact.restrictions.every((held) => held.startsOn > day || (held.endsOn !== null && held.endsOn < day))
  );
}

/** The contacts of every person taken into custody, by prison number, with ids numbered from 1 in plan order. */
export function planContacts(
  faker: Faker,
  journeys: readonly Journey[],
  asOf: Day,
): Map<string, PlannedContact[]> {
  let lastId = 0;
  const nextId = () => (lastId += 1);
  // Contacts date from before the visits history the seed writes, a year back.
  const windowStart = asOf - 365;
  const contacts = new Map<string, PlannedContact[]>();
  for (const journey of journeys) {
    if (journey.custody) {
      contacts.set(journey.custody.prisonNumber, prisonerContacts(faker, journey, windowStart, asOf, nextId));
    }
  }
  return contacts;
}
