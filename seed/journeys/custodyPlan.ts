import type { Day } from '../calendar';
import { chance, intBetween } from '../random';
import { type JourneyContext, nextCustodyIdentifiers, pickOtherPrison, pickPrison } from './journeyContext';
import type { CustodyPlan, PrisonStay } from './journeyTypes';

/** How a person came into custody and, if they have, left it. */
export interface CustodySpec {
  admittedOn: Day;
  admittedFrom: string;
  admissionReason: CustodyPlan['admissionReason'];
  status: CustodyPlan['status'];
  releasedOn: Day | null;
  /** The earliest day a transfer may happen (after sentence, usually). */
  transferFrom: Day;
  transferChance: number;
  /** Days the person is at court: no transfer on those. */
  busyDays: ReadonlySet<Day>;
  sentence: CustodyPlan['sentence'];
}

/**
 * A booking: admitted to a prison chosen by capacity, and sometimes transferred once to another, at least a week
 * after `transferFrom` and a week before release or the as-of date, on a day without a hearing.
 */
export function planCustody(context: JourneyContext, spec: CustodySpec): CustodyPlan {
  const { faker } = context;
  const first = pickPrison(faker).code;
  const stays: PrisonStay[] = [{ prisonCode: first, from: spec.admittedOn, until: spec.releasedOn }];
  const earliest = Math.max(spec.transferFrom, spec.admittedOn) + 7;
  const latest = (spec.releasedOn ?? context.asOf) - 7;
  if (earliest <= latest && chance(faker, spec.transferChance)) {
    const day = intBetween(faker, earliest, latest);
    if (!spec.busyDays.has(day)) {
      stays[0] = { prisonCode: first, from: spec.admittedOn, until: day };
      stays.push({ prisonCode: pickOtherPrison(faker, first).code, from: day, until: spec.releasedOn });
    }
  }
  return {
    ...nextCustodyIdentifiers(context),
    admittedOn: spec.admittedOn,
    admittedFrom: spec.admittedFrom,
    admissionReason: spec.admissionReason,
    stays,
    releasedOn: spec.releasedOn,
    status: spec.status,
    sentence: spec.sentence,
  };
}

/** The prison holding the person on a day, or null when they were not in custody that day. */
export function prisonOn(custody: CustodyPlan, day: Day): string | null {
  for (const stay of custody.stays) {
    if (day >= stay.from && (stay.until === null || day < stay.until)) return stay.prisonCode;
  }
  return null;
}
