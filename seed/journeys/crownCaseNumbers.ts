import type { Faker } from '@faker-js/faker';
import { yearOf } from '../calendar';
import { crownCaseNumberFor, LAST_CASE_SERIAL } from '../identifiers';
import { intBetween } from '../random';
import type { Journey } from './journeyTypes';

const PREFIX = { SENT_FOR_TRIAL: 'T', COMMITTED_FOR_SENTENCE: 'S' } as const;

/** The last serial issued in each series, by prefix and year ("T2025"). */
export type IssuedSerials = Map<string, number>;

/** The nearest year at or before `year` whose series of this prefix still has a serial free. */
function yearWithRoom(issued: IssuedSerials, prefix: string, year: number): number {
  let candidate = year;
  while ((issued.get(`${prefix}${candidate}`) ?? 0) >= LAST_CASE_SERIAL) candidate -= 1;
  if (candidate < 2000) throw new Error(`Crown Court case numbers exhausted for prefix ${prefix}`);
  return candidate;
}

/**
 * Numbers every Crown Court case in the order the cases were received, in the series of its prefix and year of
 * receipt. A series holds 9,999 numbers. Real numbers are unique per court centre, these nationally, so above
 * about a third of the national scale the busiest years fill up: their later cases are numbered in the nearest
 * earlier year of the prefix with room, so that numbers stay unique and well formed.
 */
export function numberCrownCases(journeys: readonly Journey[]): IssuedSerials {
  const ordered = [...journeys].sort(
    (a, b) => a.crown.receivedOn - b.crown.receivedOn || a.person.position - b.person.position,
  );
  const issued: IssuedSerials = new Map();
  for (const journey of ordered) {
    const prefix = PREFIX[journey.crown.sendingType];
    const year = yearWithRoom(issued, prefix, yearOf(journey.crown.receivedOn));
    const serial = (issued.get(`${prefix}${year}`) ?? 0) + 1;
    issued.set(`${prefix}${year}`, serial);
    journey.crown.caseNumber = crownCaseNumberFor(prefix, year, serial);
  }
  return issued;
}

/**
 * A well-formed case number in the prefix of `caseNumber` that no case has, past the end of a series of a year
 * before `currentYear` (the courts service issues new numbers in the current year's series, so a number invented
 * there could later be given to a real case). It is counted as issued, so no two invented numbers are the same.
 */
export function unissuedCaseNumber(
  faker: Faker,
  caseNumber: string,
  issued: IssuedSerials,
  currentYear: number,
): string {
  const prefix = caseNumber.charAt(0) as 'T' | 'S';
  const year = yearWithRoom(issued, prefix, Math.min(Number(caseNumber.slice(1, 5)), currentYear - 1));
  const last = issued.get(`${prefix}${year}`) ?? 0;
  const serial = intBetween(faker, last + 1, Math.min(LAST_CASE_SERIAL, last + 500));
  issued.set(`${prefix}${year}`, serial);
  return crownCaseNumberFor(prefix, year, serial);
}
