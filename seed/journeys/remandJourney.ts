import { intBetween, chance } from '../random';
import { hearing, planSentMagistratesCase } from './courtPath';
import { planCustody } from './custodyPlan';
import { journeyPerson, type JourneyContext, pickCourts, urnForCase } from './journeyContext';
import type { Journey, PlannedHearing } from './journeyTypes';

/** Options of a remand journey. */
export interface RemandSpec {
  position: number;
  /** False for the remand prisoners with no PNC ID (and so no CRO number) in any system. */
  recorded: boolean;
}

/**
 * A defendant remanded in custody at their first appearance, 40 to 300 days before the as-of date, and sent for
 * trial at the Crown Court, where the case has no outcome yet: at most a plea and trial preparation hearing.
 */
export function planRemandJourney(context: JourneyContext, spec: RemandSpec): Journey {
  const { faker, asOf } = context;
  const courts = pickCourts(faker);
  const chargedOn = asOf - intBetween(faker, 40, 300);
  const firstAppearance = chargedOn + intBetween(faker, 0, 1);
  const modeOfTrial = chance(faker, 0.4) ? 'INDICTABLE_ONLY' : 'EITHER_WAY';
  const committedOn =
    modeOfTrial === 'INDICTABLE_ONLY' ? firstAppearance : firstAppearance + intBetween(faker, 7, 28);
  const magistrates = planSentMagistratesCase(faker, {
    urn: urnForCase(faker, spec.position, courts.magistrates.code, context.identifierKeys),
    courtCode: courts.magistrates.code,
    firstAppearance,
    committedOn,
    modeOfTrial,
    sendingType: 'SENT_FOR_TRIAL',
    remanded: true,
    chargedOn,
  });
  const preparationDay = committedOn + intBetween(faker, 21, 35);
  const crownHearings: PlannedHearing[] =
    preparationDay < asOf
      ? [hearing(faker, preparationDay, 'PLEA_AND_TRIAL_PREPARATION', 'ADJOURNED', courts.crown.code)]
      : [];
  const crown = {
    caseNumber: '',
    courtCode: courts.crown.code,
    sendingType: 'SENT_FOR_TRIAL' as const,
    receivedOn: committedOn,
    hearings: crownHearings,
    outcome: null,
    sentencedOn: null,
    custodialSentenceMonths: null,
  };
  const custody = planCustody(context, {
    admittedOn: firstAppearance,
    admittedFrom: courts.magistrates.code,
    admissionReason: 'Remanded by court',
    status: 'REMAND',
    releasedOn: null,
    transferFrom: firstAppearance,
    transferChance: 0.1,
    busyDays: new Set([...magistrates.hearings, ...crownHearings].map((planned) => planned.day)),
    sentence: null,
  });
  return {
    shape: 'REMAND',
    person: journeyPerson(context, spec.position, chargedOn, spec.recorded),
    magistrates,
    crown,
    custody,
    order: null,
    fault: null,
    sample: false,
  };
}
