import type { Faker } from '@faker-js/faker';
import { addYears, type Day, yearOf } from './calendar';
import { croNumberFor, type IdentifierKeys, pncIdFor } from './identifiers';
import { firstName as pickFirstName, lastName as pickLastName } from './names';
import { chance, intBetween } from './random';

/** A person as every system should know them: the same name and date of birth everywhere. */
export interface Person {
  /** Position among all people of the data set; the source of their unique identifiers. */
  position: number;
  sex: 'male' | 'female';
  firstName: string;
  lastName: string;
  dateOfBirth: Day;
  /** Null only for the remand prisoners who were never given one. */
  pncId: string | null;
  croNumber: string | null;
}

/** How a person should be made. */
export interface PersonSpec {
  position: number;
  /** The first day of their case: they are at least 18 then, and no older than 70 at the as-of date. */
  firstInvolved: Day;
  asOf: Day;
  maleShare: number;
  /** False for a person no police force has recorded (no PNC ID, no CRO number). */
  recorded: boolean;
}

/** Share of people with a CRO number (a Criminal Records Office record), as brief-sized. */
const CRO_SHARE = 0.6;

/** An age at the as-of date, most often 20 to 40, between `min` and 70. */
function ageAtAsOf(faker: Faker, min: number): number {
  const skewed = 18 + Math.floor(Math.pow(faker.number.float(), 1.8) * 53);
  return Math.max(min, Math.min(70, skewed));
}

/** Makes a person with a unique PNC ID (from their position) whose first arrest fits their age and case. */
export function makePerson(faker: Faker, spec: PersonSpec, identifierKeys: IdentifierKeys): Person {
  const sex = chance(faker, spec.maleShare) ? 'male' : 'female';
  const yearsBeforeAsOf = Math.ceil((spec.asOf - spec.firstInvolved) / 365.25);
  const age = ageAtAsOf(faker, 18 + yearsBeforeAsOf);
  // Born between age+1 years and age years before the as-of date, on a day that keeps them 18 at the case start.
  const latestBirth = Math.min(addYears(spec.asOf, -age), addYears(spec.firstInvolved, -18));
  const dateOfBirth = latestBirth - intBetween(faker, 1, 360);
  const firstName = pickFirstName(faker, sex);
  const lastName = pickLastName(faker);
  if (!spec.recorded)
    return { position: spec.position, sex, firstName, lastName, dateOfBirth, pncId: null, croNumber: null };
  const firstArrestYear = intBetween(faker, yearOf(dateOfBirth) + 17, yearOf(spec.firstInvolved));
  const pncId = pncIdFor(spec.position, firstArrestYear, identifierKeys);
  const croNumber = chance(faker, CRO_SHARE)
    ? croNumberFor(spec.position, firstArrestYear, identifierKeys)
    : null;
  return { position: spec.position, sex, firstName, lastName, dateOfBirth, pncId, croNumber };
}
