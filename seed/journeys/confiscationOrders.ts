import type { Faker } from '@faker-js/faker';
import type { Day } from '../calendar';
import { accountNumberFor, type IdentifierKeys } from '../identifiers';
import { chance, intBetween, normal, sample } from '../random';
import { hearing } from './courtPath';
import type { Journey } from './journeyTypes';

/** Median order £10,000 (in pence); the spread puts about 1 order in 200 above £1m (z = 2.576 at 100x). */
const MEDIAN_PENCE = 1_000_000;
const LOG_SPREAD = Math.log(100) / 2.576;

/** A log-normal order amount in pence: mostly whole pounds, never under £1. */
export function orderAmountPence(faker: Faker): number {
  const pence = Math.max(100, Math.round(Math.exp(Math.log(MEDIAN_PENCE) + LOG_SPREAD * normal(faker))));
  return chance(faker, 0.7) ? Math.max(100, Math.round(pence / 100) * 100) : pence;
}

/** The days an order may be made on: four weeks to eighteen months after sentence, within the last two years. */
function orderWindow(journey: Journey, asOf: Day): [Day, Day] | null {
  const sentencedOn = journey.crown.sentencedOn;
  if (sentencedOn === null || (journey.shape !== 'SENTENCED' && journey.shape !== 'RELEASED')) return null;
  const window: [Day, Day] = [Math.max(sentencedOn + 28, asOf - 730), Math.min(sentencedOn + 540, asOf - 7)];
  return window[0] <= window[1] ? window : null;
}

/** Days the person is already busy (hearings, admission, transfer, release): the order hearing avoids them. */
function busyDays(journey: Journey): Set<Day> {
  const days = new Set(
    [...journey.magistrates.hearings, ...journey.crown.hearings].map((planned) => planned.day),
  );
  for (const stay of journey.custody?.stays ?? []) {
    days.add(stay.from);
    if (stay.until !== null) days.add(stay.until);
  }
  return days;
}

/** How many sample people of each kind are reserved: they get orders first and never get faults. */
export const SAMPLES_PER_KIND = 5;

/**
 * Gives `count` sentenced or released people a confiscation order: first five of each (the samples, marked as
 * such), then others at random. Each order is announced at a CONFISCATION hearing of the Crown case on the
 * order date; account numbers follow the order dates.
 */
export function planConfiscationOrders(
  faker: Faker,
  journeys: readonly Journey[],
  count: number,
  asOf: Day,
  identifierKeys: IdentifierKeys,
): void {
  const eligible = journeys.filter((journey) => orderWindow(journey, asOf) !== null);
  const reserved = [
    ...eligible.filter((journey) => journey.shape === 'SENTENCED').slice(0, SAMPLES_PER_KIND),
    ...eligible.filter((journey) => journey.shape === 'RELEASED').slice(0, SAMPLES_PER_KIND),
  ];
  const reservedSet = new Set(reserved);
  for (const journey of reserved) journey.sample = true;
  const others = sample(
    faker,
    eligible.filter((journey) => !reservedSet.has(journey)),
    count - reserved.length,
  );
  const dated: { journey: Journey; orderedOn: Day }[] = [];
  for (const journey of [...reserved, ...others]) {
    const [from, to] = orderWindow(journey, asOf) ?? [asOf, asOf];
    const busy = busyDays(journey);
    let orderedOn = intBetween(faker, from, to);
    for (let attempt = 0; attempt < 20 && busy.has(orderedOn); attempt += 1)
      orderedOn = intBetween(faker, from, to);
    if (busy.has(orderedOn)) continue;
    dated.push({ journey, orderedOn });
  }
  dated.sort((a, b) => a.orderedOn - b.orderedOn || a.journey.person.position - b.journey.person.position);
  dated.forEach(({ journey, orderedOn }, position) => {
    const amountPence = orderAmountPence(faker);
    journey.order = { accountNumber: accountNumberFor(position, identifierKeys), orderedOn, amountPence };
    journey.crown.hearings.push(
      hearing(faker, orderedOn, 'CONFISCATION', 'CONFISCATION_ORDER', journey.crown.courtCode),
    );
    journey.crown.hearings.sort((a, b) => a.day - b.day);
  });
}
