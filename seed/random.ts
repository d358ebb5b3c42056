import { Faker, base, en, en_GB } from '@faker-js/faker';

/**
 * The independent random streams of the generator. Each part of the data set draws from its own stream, so that
 * one part can be generated (or skipped) without shifting the random numbers of another: that is what makes a
 * store's rows the same whether it is generated alone or with the others.
 */
export const STREAM = {
  people: 1,
  journeys: 2,
  confiscation: 3,
  faults: 4,
  magistrates: 5,
  courtsOnly: 6,
  crownCourt: 7,
  pnomis: 8,
  visits: 9,
  payments: 10,
  identifiers: 11,
  orderFindings: 12,
  contacts: 13,
  enforcement: 14,
  incentives: 15,
  visitSettings: 16,
  collection: 17,
} as const;

/** A Faker (British English names) seeded with the data set's seed and the numbers naming one stream. */
export function seededFaker(seed: number, ...stream: number[]): Faker {
  const faker = new Faker({ locale: [en_GB, en, base] });
  faker.seed([seed, ...stream]);
  return faker;
}

/** A whole number from `min` to `max` inclusive. */
export function intBetween(faker: Faker, min: number, max: number): number {
  return min + Math.floor(faker.number.float() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(faker: Faker, p: number): boolean {
  return faker.number.float() < p;
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(faker: Faker, items: readonly T[]): T {
  const item = items[Math.floor(faker.number.float() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A standard normal draw (Box-Muller); 1 - u keeps the logarithm away from zero. */
export function normal(faker: Faker): number {
  const u = 1 - faker.number.float();
  const v = faker.number.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A geometric-like wait of at least 0 whole days with the given mean. */
export function waitDays(faker: Faker, mean: number): number {
  return Math.floor(-Math.log(1 - faker.number.float()) * mean);
}

/** A picker of items in proportion to their weights, by binary search over the running totals. */
export function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number): (faker: Faker) => T {
  const totals: number[] = [];
  let total = 0;
  for (const item of items) totals.push((total += weightOf(item)));
  return (faker) => {
    const target = faker.number.float() * total;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((totals[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
}

/** `count` distinct elements of a list, drawn without replacement (a partial Fisher-Yates shuffle of a copy). */
export function sample<T>(faker: Faker, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const wanted = Math.min(count, pool.length);
  for (let index = 0; index < wanted; index += 1) {
    const swap = intBetween(faker, index, pool.length - 1);
    [pool[index], pool[swap]] = [pool[swap] as T, pool[index] as T];
  }
  return pool.slice(0, wanted);
}
