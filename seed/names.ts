import { base, en, en_GB, Faker } from '@faker-js/faker';
import { chance, pick } from './random';

/**
 * Names from Faker's British English locale data. `faker.person.lastName()` expands en_GB's pattern through
 * Faker's template engine, which costs microseconds a call; with millions of people the generator reads the
 * same lists and applies the same pattern (one name in ten double-barrelled) directly, drawing from the
 * caller's seeded Faker.
 */
const PERSON = new Faker({ locale: [en_GB, en, base] }).definitions.person;
const LAST_NAMES = PERSON.last_name?.generic ?? [];
const FIRST_NAMES: Record<'male' | 'female', readonly string[]> = {
  male: PERSON.first_name?.male ?? [],
  female: PERSON.first_name?.female ?? [],
};

/** A first name for a man or a woman. */
export function firstName(faker: Faker, sex: 'male' | 'female'): string {
  return pick(faker, FIRST_NAMES[sex]);
}

/** A family name, one in ten double-barrelled as in en_GB. */
export function lastName(faker: Faker): string {
  const name = pick(faker, LAST_NAMES);
  return chance(faker, 0.1) ? `${name}-${pick(faker, LAST_NAMES)}` : name;
}

/** A first and family name, of either sex. */
export function fullName(faker: Faker): string {
  return `${firstName(faker, chance(faker, 0.5) ? 'male' : 'female')} ${lastName(faker)}`;
}
