import type { Faker } from '@faker-js/faker';
import type { Day } from '../calendar';
import { chance, intBetween, pick } from '../random';
import type { CrownPlan, MagistratesPlan, ModeOfTrial, PlannedHearing } from './journeyTypes';

/** Listed start times of court hearings, minutes after midnight UTC (10:00, 10:30, 11:00, 14:00). */
const LISTING_MINUTES = [600, 630, 660, 840] as const;

/** A hearing listed at one of the usual times. */
export function hearing(
  faker: Faker,
  day: Day,
  type: PlannedHearing['type'],
  outcome: string | null,
  courtCode: string,
): PlannedHearing {
  return { day, minute: pick(faker, LISTING_MINUTES), type, outcome, courtCode };
}

/** What the magistrates' court did before sending or committing the case. */
export interface MagistratesSpec {
  urn: string;
  courtCode: string;
  firstAppearance: Day;
  /** The hearing that sent or committed the case: the first appearance itself, or a later allocation hearing. */
  committedOn: Day;
  modeOfTrial: ModeOfTrial;
  sendingType: CrownPlan['sendingType'];
  remanded: boolean;
  /** When the defendant was charged, if already decided; otherwise shortly before the first appearance. */
  chargedOn?: Day;
}

/**
 * The magistrates' side of a case that went to the Crown Court. A case sent for trial was allocated to the
 * Crown Court (indictable-only cases at the first appearance, either-way ones at an allocation hearing); a case
 * committed for sentence was tried summarily, the defendant pleading guilty, and committed at that hearing.
 */
export function planSentMagistratesCase(faker: Faker, spec: MagistratesSpec): MagistratesPlan {
  const { courtCode, firstAppearance, committedOn } = spec;
  const sentAtFirstAppearance = committedOn === firstAppearance;
  const hearings = [
    hearing(
      faker,
      firstAppearance,
      'FIRST_APPEARANCE',
      sentAtFirstAppearance ? 'COMMITTED_TO_CROWN' : 'ADJOURNED',
      courtCode,
    ),
  ];
  if (!sentAtFirstAppearance)
    hearings.push(hearing(faker, committedOn, 'ALLOCATION', 'COMMITTED_TO_CROWN', courtCode));
  const chargedOn =
    spec.chargedOn ?? firstAppearance - (spec.remanded ? intBetween(faker, 0, 1) : intBetween(faker, 1, 28));
  return {
    urn: spec.urn,
    courtCode,
    chargedOn,
    modeOfTrial: spec.modeOfTrial,
    bailStatus: spec.remanded
      ? 'REMANDED_IN_CUSTODY'
      : chance(faker, 0.5)
        ? 'CONDITIONAL_BAIL'
        : 'UNCONDITIONAL_BAIL',
    allocationDecision: spec.sendingType === 'COMMITTED_FOR_SENTENCE' ? 'SUMMARY_TRIAL' : 'CROWN_COURT_TRIAL',
    hearings,
  };
}

/** The first appearance of an either-way case sent for trial comes one to four weeks before its allocation. */
export function firstAppearanceBefore(
  faker: Faker,
  committedOn: Day,
  modeOfTrial: ModeOfTrial,
  sendingType: string,
): Day {
  return modeOfTrial === 'EITHER_WAY' && sendingType === 'SENT_FOR_TRIAL'
    ? committedOn - intBetween(faker, 7, 28)
    : committedOn;
}

/** How a finished Crown Court case ended, on its last day. */
export interface CrownEndingSpec {
  courtCode: string;
  sendingType: CrownPlan['sendingType'];
  lastDay: Day;
  ending: 'CUSTODY' | 'COMMUNITY_ORDER' | 'ACQUITTED';
  custodialSentenceMonths: number | null;
}

/**
 * A finished Crown Court case, worked back from its last day: a committal for sentence has only the sentencing
 * hearing; a trial has a plea and trial preparation hearing, the trial and, after a conviction, the sentence.
 */
export function planFinishedCrownCase(faker: Faker, spec: CrownEndingSpec): CrownPlan {
  const { courtCode, lastDay, ending } = spec;
  const hearings: PlannedHearing[] = [];
  let receivedOn: Day;
  if (spec.sendingType === 'COMMITTED_FOR_SENTENCE') {
    hearings.push(hearing(faker, lastDay, 'SENTENCE', ending, courtCode));
    receivedOn = lastDay - intBetween(faker, 21, 42);
  } else {
    const trialDay = ending === 'ACQUITTED' ? lastDay : lastDay - intBetween(faker, 14, 42);
    const preparationDay = trialDay - intBetween(faker, 60, 200);
    receivedOn = preparationDay - intBetween(faker, 21, 35);
    hearings.push(hearing(faker, preparationDay, 'PLEA_AND_TRIAL_PREPARATION', 'ADJOURNED', courtCode));
    hearings.push(
      hearing(faker, trialDay, 'TRIAL', ending === 'ACQUITTED' ? 'ACQUITTED' : 'ADJOURNED', courtCode),
    );
    if (ending !== 'ACQUITTED') hearings.push(hearing(faker, lastDay, 'SENTENCE', ending, courtCode));
  }
  return {
    caseNumber: '',
    courtCode,
    sendingType: spec.sendingType,
    receivedOn,
    hearings,
    outcome: ending,
    sentencedOn: ending === 'ACQUITTED' ? null : lastDay,
    custodialSentenceMonths: spec.custodialSentenceMonths,
  };
}

/** Every day on which the person had a hearing in either court, for keeping other events off those days. */
export function hearingDays(magistrates: MagistratesPlan, crown: CrownPlan): Set<Day> {
  return new Set([...magistrates.hearings, ...crown.hearings].map((planned) => planned.day));
}
