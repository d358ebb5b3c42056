import type { Faker } from '@faker-js/faker';
import { yearOf } from '../calendar';
import { crownCaseNumberFor, LAST_CASE_SERIAL } from '../identifiers';
import { intBetween } from '../random';
import type { Journey } from './journeyTypes';

const PREFIX = { SENT_FOR_TRIAL: 'T', COMMITTED_FOR_SENTENCE: 'S' } as const;

/** The last serial issued in each series, by centre, prefix and year ("C13LS00 T2025"). */
export type IssuedSerials = Map<string, number>;

const seriesOf = (courtCode: string, prefix: string, year: number) => `${courtCode} ${prefix}${year}`;

/** The nearest year at or before `year` whose series of this centre and prefix still has a serial free. */
function yearWithRoom(issued: IssuedSerials, courtCode: string, prefix: string, year: number): number {
  let candidate = year;
  while ((issued.get(seriesOf(courtCode, prefix, candidate)) ?? 0) >= LAST_CASE_SERIAL) candidate -= 1;
  if (candidate < 2000)
    throw new Error(`Crown Court case numbers exhausted at ${courtCode} for prefix ${prefix}`);
  return candidate;
}

/**
 * Numbers every Crown Court case in the order the cases were received, as the Crown Court does: in the series of
 * the centre that received it, its prefix and its year of receipt, so the same number is given at several centres
 * and a case is named by its centre's court code and its number. A series holds 9,999 numbers, more than a centre
 * receives of one kind in a year at national volume (105,000 receipts over 16 centres); should one fill up all the
 * same, its later cases are numbered in the nearest earlier year with room, so that numbers stay well formed.
 */
export function numberCrownCases(journeys: readonly Journey[]): IssuedSerials {
  const ordered = [...journeys].sort(
    (a, b) => a.crown.receivedOn - b.crown.receivedOn || a.person.position - b.person.position,
  );
  const issued: IssuedSerials = new Map();
  for (const journey of ordered) {
    const { courtCode } = journey.crown;
    const prefix = PREFIX[journey.crown.sendingType];
    const year = yearWithRoom(issued, courtCode, prefix, yearOf(journey.crown.receivedOn));
    const serial = (issued.get(seriesOf(courtCode, prefix, year)) ?? 0) + 1;
    issued.set(seriesOf(courtCode, prefix, year), serial);
    journey.crown.caseNumber = crownCaseNumberFor(prefix, year, serial);
  }
  return issued;
}

/**
 * A well-formed case number in the prefix of `caseNumber` that no case at the centre `courtCode` has, past the end
 * of the centre's series of a year before `currentYear` (the courts service issues new numbers in the current
 * year's series, so a number invented there could later be given to a real case). It is counted as issued, so no
 * two invented numbers of a centre are the same.
 */
export function unissuedCaseNumber(
  faker: Faker,
  courtCode: string,
  caseNumber: string,
  issued: IssuedSerials,
  currentYear: number,
): string {
  const prefix = caseNumber.charAt(0) as 'T' | 'S';
  const year = yearWithRoom(
    issued,
    courtCode,
    prefix,
    Math.min(Number(caseNumber.slice(1, 5)), currentYear - 1),
  );
  const last = issued.get(seriesOf(courtCode, prefix, year)) ?? 0;
  const serial = intBetween(faker, last + 1, Math.min(LAST_CASE_SERIAL, last + 500));
  issued.set(seriesOf(courtCode, prefix, year), serial);
  return crownCaseNumberFor(prefix, year, serial);
}
