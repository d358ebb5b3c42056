import { yearOf } from '../calendar';
import { crownCaseNumberFor } from '../identifiers';
import type { Journey } from './journeyTypes';

const PREFIX = { SENT_FOR_TRIAL: 'T', COMMITTED_FOR_SENTENCE: 'S' } as const;

/**
 * Numbers every Crown Court case in the order the cases were received, one series per prefix (T, S) and decade,
 * as a court office would issue them. Returns the highest serial of each series, which bounds the unknown case
 * numbers the fault injector may invent.
 */
export function numberCrownCases(journeys: readonly Journey[]): Map<string, number> {
  const ordered = [...journeys].sort(
    (a, b) => a.crown.receivedOn - b.crown.receivedOn || a.person.position - b.person.position,
  );
  const lastSerial = new Map<string, number>();
  for (const journey of ordered) {
    const prefix = PREFIX[journey.crown.sendingType];
    const year = yearOf(journey.crown.receivedOn);
    const series = `${prefix}${String(year).slice(0, 3)}`;
    const serial = (lastSerial.get(series) ?? 0) + 1;
    lastSerial.set(series, serial);
    journey.crown.caseNumber = crownCaseNumberFor(prefix, year, serial);
  }
  return lastSerial;
}
