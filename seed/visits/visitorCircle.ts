import type { Faker } from '@faker-js/faker';
import { addYears, ageOn, type Day } from '../calendar';
import type { Person } from '../people';
import { firstName as pickFirstName, lastName as pickLastName } from '../names';
import { chance, intBetween, pick } from '../random';

/** Someone who visits a prisoner. */
export interface CircleMember {
  firstName: string;
  lastName: string;
  dateOfBirth: Day;
  relationship: string;
}

type Sex = 'male' | 'female';

function member(
  faker: Faker,
  relationship: string,
  sex: Sex,
  lastName: string,
  dateOfBirth: Day,
): CircleMember {
  return { firstName: pickFirstName(faker, sex), lastName, dateOfBirth, relationship };
}

/** A birth date for someone aged `age` at `on`, never after `latest`. */
function bornAged(faker: Faker, age: number, on: Day, latest: Day): Day {
  return Math.min(addYears(on, -age) - intBetween(faker, 0, 360), latest);
}

/**
 * The people who visit a prisoner: one main adult (a partner, a parent or a friend), up to two more adults and,
 * for older prisoners, up to three children. Everyone is born before `windowStart`, and the main adult is 19 or
 * over then, so every visit in the window has an adult to lead it. At most six people in all.
 */
export function visitorCircle(faker: Faker, prisoner: Person, windowStart: Day): CircleMember[] {
  const age = ageOn(prisoner.dateOfBirth, windowStart);
  const adultBy = addYears(windowStart, -19);
  const family = prisoner.lastName;
  const partnerSex: Sex = prisoner.sex === 'male' ? 'female' : 'male';
  const circle: CircleMember[] = [];
  const roll = faker.number.float();
  if (roll < 0.5) {
    const relationship = chance(faker, 0.5) ? 'Partner' : partnerSex === 'female' ? 'Wife' : 'Husband';
    const surname = relationship === 'Partner' ? pickLastName(faker) : family;
    circle.push(
      member(
        faker,
        relationship,
        partnerSex,
        surname,
        bornAged(faker, Math.max(19, age + intBetween(faker, -6, 6)), windowStart, adultBy),
      ),
    );
  } else if (roll < 0.8 && age <= 50) {
    const mother = chance(faker, 0.7);
    const parentAge = Math.min(88, age + intBetween(faker, 19, 38));
    circle.push(
      member(
        faker,
        mother ? 'Mother' : 'Father',
        mother ? 'female' : 'male',
        family,
        bornAged(faker, parentAge, windowStart, adultBy),
      ),
    );
  } else {
    const sex: Sex = chance(faker, 0.5) ? 'male' : 'female';
    circle.push(
      member(
        faker,
        'Friend',
        sex,
        pickLastName(faker),
        bornAged(faker, Math.max(19, age + intBetween(faker, -8, 8)), windowStart, adultBy),
      ),
    );
  }
  for (let extra = intBetween(faker, 0, 2); extra > 0; extra -= 1) {
    const brother = chance(faker, 0.5);
    const sibling = chance(faker, 0.7);
    const relationship = sibling ? (brother ? 'Brother' : 'Sister') : 'Friend';
    const surname = sibling ? family : pickLastName(faker);
    circle.push(
      member(
        faker,
        relationship,
        brother ? 'male' : 'female',
        surname,
        bornAged(faker, Math.max(19, age + intBetween(faker, -10, 10)), windowStart, adultBy),
      ),
    );
  }
  if (age >= 22 && chance(faker, 0.55)) {
    for (let child = intBetween(faker, 1, 3); child > 0; child -= 1) {
      const son = chance(faker, 0.5);
      const childAge = intBetween(faker, 1, Math.min(17, age - 19));
      circle.push(
        member(
          faker,
          son ? 'Son' : 'Daughter',
          son ? 'male' : 'female',
          family,
          bornAged(faker, childAge, windowStart, addYears(windowStart, -1)),
        ),
      );
    }
  }
  return circle;
}

/** The party for one visit: a lead adult first, then others who come along; at most three adults on the day. */
export function visitParty(
  faker: Faker,
  circle: readonly CircleMember[],
  day: Day,
): { member: CircleMember; lead: boolean }[] {
  const adults = circle.filter((candidate) => ageOn(candidate.dateOfBirth, day) >= 18);
  const lead = pick(faker, adults);
  const party = [{ member: lead, lead: true }];
  let adultCount = 1;
  for (const candidate of circle) {
    if (candidate === lead || !chance(faker, 0.35)) continue;
    const adult = ageOn(candidate.dateOfBirth, day) >= 18;
    if (adult && adultCount >= 3) continue;
    if (adult) adultCount += 1;
    party.push({ member: candidate, lead: false });
  }
  return party;
}
