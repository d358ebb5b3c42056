import type { Faker } from '@faker-js/faker';
import { COURT_REGISTER, type CourtEntry, crownCourtFor } from '@lib/reference/courtRegister';
import { PRISON_REGISTER, type PrisonEntry } from '@lib/reference/prisonRegister';
import type { Day } from '../calendar';
import { bookingNumberFor, type IdentifierKeys, prisonNumberFor, urnFor } from '../identifiers';
import { makePerson, type Person } from '../people';
import { intBetween, pick, weightedPicker } from '../random';

/** What the journey builders share: the random streams, the as-of date and the identifier counters. */
export interface JourneyContext {
  /** Dates, courts and outcomes. */
  faker: Faker;
  /** Names and dates of birth, drawn apart so that they do not shift when the journeys change. */
  peopleFaker: Faker;
  asOf: Day;
  identifierKeys: IdentifierKeys;
  nextCustodyPosition: number;
}

const MAGISTRATES_COURTS = COURT_REGISTER.filter((court) => court.jurisdiction === 'MAGISTRATES');
const prisonByCapacity = weightedPicker(PRISON_REGISTER, (prison) => prison.capacity);

/** A magistrates' court, uniformly, and the Crown Court that receives its cases. */
export function pickCourts(faker: Faker): { magistrates: CourtEntry; crown: CourtEntry } {
  const magistrates = pick(faker, MAGISTRATES_COURTS);
  const crown = crownCourtFor(magistrates.code);
  if (!crown) throw new Error(`No Crown Court for ${magistrates.code}`);
  return { magistrates, crown };
}

/** A prison, weighted by operational capacity. */
export function pickPrison(faker: Faker): PrisonEntry {
  return prisonByCapacity(faker);
}

/** A prison other than `code`, weighted by capacity. */
export function pickOtherPrison(faker: Faker, code: string): PrisonEntry {
  for (;;) {
    const prison = prisonByCapacity(faker);
    if (prison.code !== code) return prison;
  }
}

/** The URN of the case of the person at a position: force area from the court, a police unit, a unique serial. */
export function urnForCase(
  faker: Faker,
  position: number,
  magistratesCourtCode: string,
  identifierKeys: IdentifierKeys,
): string {
  const unit = String.fromCharCode(65 + intBetween(faker, 0, 25), 65 + intBetween(faker, 0, 25));
  return urnFor(position, magistratesCourtCode.slice(1, 3), unit, identifierKeys);
}

/** The person of a journey, made from the people stream. */
export function journeyPerson(
  context: JourneyContext,
  position: number,
  chargedOn: Day,
  recorded = true,
): Person {
  return makePerson(
    context.peopleFaker,
    { position, firstInvolved: chargedOn, asOf: context.asOf, maleShare: 0.95, recorded },
    context.identifierKeys,
  );
}

/** The next prison number, booking number and booking id. */
export function nextCustodyIdentifiers(context: JourneyContext): {
  prisonNumber: string;
  bookingNumber: string;
  bookingId: number;
} {
  const position = context.nextCustodyPosition;
  context.nextCustodyPosition += 1;
  return {
    prisonNumber: prisonNumberFor(position, context.identifierKeys),
    bookingNumber: bookingNumberFor(position, context.identifierKeys),
    bookingId: position + 1,
  };
}
