import { chance, intBetween } from '../random';
import { firstAppearanceBefore, planFinishedCrownCase, planSentMagistratesCase } from './courtPath';
import { journeyPerson, type JourneyContext, pickCourts, urnForCase } from './journeyContext';
import type { Journey } from './journeyTypes';

/**
 * A defendant on bail whose Crown Court case ended in the two years before the as-of date without custody:
 * acquitted at trial, or given a community order after a trial or on committal for sentence. Never in prison.
 */
export function planCrownNonCustodialJourney(context: JourneyContext, position: number): Journey {
  const { faker, asOf } = context;
  const courts = pickCourts(faker);
  const ending = chance(faker, 0.35) ? 'ACQUITTED' : 'COMMUNITY_ORDER';
  const sendingType =
    ending === 'COMMUNITY_ORDER' && chance(faker, 0.3) ? 'COMMITTED_FOR_SENTENCE' : 'SENT_FOR_TRIAL';
  const modeOfTrial =
    sendingType === 'SENT_FOR_TRIAL' && chance(faker, 0.25) ? 'INDICTABLE_ONLY' : 'EITHER_WAY';
  const crown = planFinishedCrownCase(faker, {
    courtCode: courts.crown.code,
    sendingType,
    lastDay: asOf - intBetween(faker, 7, 725),
    ending,
    custodialSentenceMonths: null,
  });
  const magistrates = planSentMagistratesCase(faker, {
    urn: urnForCase(faker, position, courts.magistrates.code, context.identifierKeys),
    courtCode: courts.magistrates.code,
    firstAppearance: firstAppearanceBefore(faker, crown.receivedOn, modeOfTrial, sendingType),
    committedOn: crown.receivedOn,
    modeOfTrial,
    sendingType,
    remanded: false,
  });
  return {
    shape: 'CROWN_NON_CUSTODIAL',
    person: journeyPerson(context, position, magistrates.chargedOn),
    magistrates,
    crown,
    custody: null,
    order: null,
    fault: null,
    sample: false,
  };
}
