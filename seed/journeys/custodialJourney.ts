import type { Faker } from '@faker-js/faker';
import { addMonths, type Day } from '../calendar';
import { chance, intBetween, weightedPicker } from '../random';
import {
  firstAppearanceBefore,
  hearingDays,
  planFinishedCrownCase,
  planSentMagistratesCase,
} from './courtPath';
import { planCustody } from './custodyPlan';
import { journeyPerson, type JourneyContext, pickCourts, urnForCase } from './journeyContext';
import type { CustodyPlan, Journey } from './journeyTypes';

type TermBand = readonly [minMonths: number, maxMonths: number, weight: number];

/** Terms of the sentenced population in custody: long sentences dominate a prison population. */
const TERMS_IN_CUSTODY: readonly TermBand[] = [
  [6, 11, 6],
  [12, 23, 14],
  [24, 47, 28],
  [48, 95, 30],
  [96, 180, 17],
  [181, 300, 5],
];
/** Terms of people released in the last two years: shorter sentences turn over faster. */
const TERMS_RELEASED: readonly TermBand[] = [
  [6, 11, 30],
  [12, 23, 35],
  [24, 47, 25],
  [48, 72, 10],
];
const SHORT_TERMS: readonly TermBand[] = [[6, 23, 1]];

const bandPickers = new Map<readonly TermBand[], (faker: Faker) => TermBand>();
function termMonths(faker: Faker, bands: readonly TermBand[]): number {
  let picker = bandPickers.get(bands);
  if (!picker) bandPickers.set(bands, (picker = weightedPicker(bands, (band) => band[2])));
  const [min, max] = picker(faker);
  return intBetween(faker, min, max);
}

/** An ADIMP sentence's dates: expiry at the end of the full term, conditional release at half of it. */
export function sentenceDates(startDate: Day, months: number): NonNullable<CustodyPlan['sentence']> {
  const expiryDate = addMonths(startDate, months) - 1;
  const conditionalReleaseDate = startDate + Math.ceil((expiryDate - startDate + 1) / 2);
  return { termMonths: months, startDate, conditionalReleaseDate, expiryDate };
}

/** Options of a custodial journey. */
export interface CustodialSpec {
  position: number;
  released: boolean;
  /** Keep the sentence date inside the window where a confiscation order can follow (sample candidates). */
  confiscationCandidate: boolean;
}

/** The sentence of a person still in custody at the as-of date: conditional release after it. */
function sentenceInCustody(
  faker: Faker,
  asOf: Day,
  candidate: boolean,
): NonNullable<CustodyPlan['sentence']> {
  const months = termMonths(faker, TERMS_IN_CUSTODY);
  const halfTerm = sentenceDates(asOf, months).conditionalReleaseDate - asOf;
  const latest = asOf - (candidate ? 90 : 7);
  const earliest = Math.min(latest, Math.max(asOf - halfTerm + 3, asOf - (candidate ? 500 : 15 * 365)));
  const start = intBetween(faker, earliest, latest);
  const dates = sentenceDates(start, months);
  // Month lengths can move the half-way point a day or two: keep the person in custody at the as-of date.
  return dates.conditionalReleaseDate > asOf ? dates : sentenceDates(start + 3, months);
}

/** The sentence of a person released in the two years before the as-of date, on its conditional release date. */
function sentenceServed(faker: Faker, asOf: Day, candidate: boolean): NonNullable<CustodyPlan['sentence']> {
  const months = termMonths(faker, candidate ? SHORT_TERMS : TERMS_RELEASED);
  const releaseTarget = asOf - intBetween(faker, 3, 725);
  let start = releaseTarget - Math.round((months * 30.44) / 2);
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const miss = releaseTarget - sentenceDates(start, months).conditionalReleaseDate;
    if (miss === 0) break;
    start += miss;
  }
  return sentenceDates(start, months);
}

/**
 * A person sentenced to custody in the Crown Court: either still in custody at the as-of date (SENTENCED) or
 * released on their conditional release date within the two years before it (RELEASED). Remanded defendants
 * are admitted at their first appearance, bailed ones on the day they are sentenced.
 */
export function planCustodialJourney(context: JourneyContext, spec: CustodialSpec): Journey {
  const { faker, asOf } = context;
  const sentence = spec.released
    ? sentenceServed(faker, asOf, spec.confiscationCandidate)
    : sentenceInCustody(faker, asOf, spec.confiscationCandidate);
  const courts = pickCourts(faker);
  const sendingType = chance(faker, 0.75) ? 'SENT_FOR_TRIAL' : 'COMMITTED_FOR_SENTENCE';
  const modeOfTrial =
    sendingType === 'SENT_FOR_TRIAL' && chance(faker, 0.35) ? 'INDICTABLE_ONLY' : 'EITHER_WAY';
  const remanded = chance(faker, sendingType === 'SENT_FOR_TRIAL' ? 0.55 : 0.25);
  const crown = planFinishedCrownCase(faker, {
    courtCode: courts.crown.code,
    sendingType,
    lastDay: sentence.startDate,
    ending: 'CUSTODY',
    custodialSentenceMonths: sentence.termMonths,
  });
  const firstAppearance = firstAppearanceBefore(faker, crown.receivedOn, modeOfTrial, sendingType);
  const urn = urnForCase(faker, spec.position, courts.magistrates.code, context.identifierKeys);
  const magistrates = planSentMagistratesCase(faker, {
    urn,
    courtCode: courts.magistrates.code,
    firstAppearance,
    committedOn: crown.receivedOn,
    modeOfTrial,
    sendingType,
    remanded,
  });
  const releasedOn = spec.released ? sentence.conditionalReleaseDate : null;
  const custody = planCustody(context, {
    admittedOn: remanded ? firstAppearance : sentence.startDate,
    admittedFrom: remanded ? courts.magistrates.code : courts.crown.code,
    admissionReason: remanded ? 'Remanded by court' : 'Sentenced',
    status: 'SENTENCED',
    releasedOn,
    transferFrom: sentence.startDate,
    transferChance: 0.4,
    busyDays: hearingDays(magistrates, crown),
    sentence,
  });
  return {
    shape: spec.released ? 'RELEASED' : 'SENTENCED',
    person: journeyPerson(context, spec.position, magistrates.chargedOn),
    magistrates,
    crown,
    custody,
    order: null,
    fault: null,
    sample: false,
  };
}
