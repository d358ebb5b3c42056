import type { Faker } from '@faker-js/faker';
import { readPncId } from '@lib/identifiers/pncId';
import { type Day, formatDay, parseDay } from '../calendar';
import { chance, intBetween, pick } from '../random';

/** An amount keyed wrongly: two neighbouring digits swapped, or a zero dropped; never the same amount. */
export function mistypedAmount(faker: Faker, pence: number): number {
  const digits = String(pence);
  const swaps = [...digits].flatMap((digit, index) =>
    index + 1 < digits.length && digit !== digits[index + 1] && !(index === 0 && digits[1] === '0')
      ? [index]
      : [],
  );
  const zeros = [...digits].flatMap((digit, index) => (digit === '0' ? [index] : []));
  if (zeros.length > 0 && (swaps.length === 0 || chance(faker, 0.4))) {
    const index = pick(faker, zeros);
    return Number(digits.slice(0, index) + digits.slice(index + 1));
  }
  if (swaps.length > 0) {
    const index = pick(faker, swaps);
    return Number(
      digits.slice(0, index) + digits.charAt(index + 1) + digits.charAt(index) + digits.slice(index + 2),
    );
  }
  return pence * 10; // all digits the same and no zero (1111): a zero added instead
}

/** A date keyed wrongly: day and month swapped where that makes another real date, otherwise a few days out. */
export function mistypedDate(faker: Faker, day: Day, latest: Day): Day {
  const [year, month, dayOfMonth] = formatDay(day).split('-');
  if (month !== dayOfMonth && Number(dayOfMonth) <= 12 && chance(faker, 0.5)) {
    const swapped = parseDay(`${year}-${dayOfMonth}-${month}`);
    if (swapped <= latest) return swapped;
  }
  const shift = intBetween(faker, 1, 5);
  return day + shift <= latest && chance(faker, 0.5) ? day + shift : day - shift;
}

/** A PNC ID with one serial digit mistyped, so that its check character no longer fits. */
export function mistypedPncId(faker: Faker, pncId: string): string {
  const slash = pncId.indexOf('/');
  const position = intBetween(faker, slash + 1, pncId.length - 2);
  const original = Number(pncId.charAt(position));
  const replacement = (original + intBetween(faker, 1, 9)) % 10;
  const mistyped = `${pncId.slice(0, position)}${replacement}${pncId.slice(position + 1)}`;
  // One changed digit moves the number by d x 10^k, never a multiple of the prime 23, so the check always fails.
  if (readPncId(mistyped).valid) throw new Error(`Mistyped PNC ID ${mistyped} still checks`);
  return mistyped;
}
