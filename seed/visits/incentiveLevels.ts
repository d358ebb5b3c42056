import type { Faker } from '@faker-js/faker';
import { PRISON_REGISTER } from '@lib/reference/prisonRegister';
import type { IncentiveLevel } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { PrisonVisitSettingsTable } from '../../subgraphs/visits/src/store/visitsTables';
import { DEFAULT_PRISON_SETTINGS } from '../../subgraphs/visits/src/services/prisonSettings';
import type { Journey } from '../journeys/journeyTypes';
import { chance, intBetween, weightedPicker } from '../random';

/**
 * The incentive levels of the people in prison, roughly as the incentives statistics show them (a twentieth on
 * basic, about half on standard, the rest enhanced), by prison number.
 */
export function planIncentiveLevels(
  faker: Faker,
  journeys: readonly Journey[],
): ReadonlyMap<string, IncentiveLevel> {
  const pickLevel = weightedPicker<[IncentiveLevel, number]>(
    [
      ['BASIC', 5],
      ['STANDARD', 55],
      ['ENHANCED', 40],
    ],
    ([, weight]) => weight,
  );
  const levels = new Map<string, IncentiveLevel>();
  for (const journey of journeys) {
    if (journey.custody) levels.set(journey.custody.prisonNumber, pickLevel(faker)[0]);
  }
  return levels;
}

/** Share of prisons whose local incentives scheme gives the enhanced level more visits. */
const ENHANCED_SCHEME_SHARE = 0.4;

/**
 * The prisons whose settings give enhanced prisoners more than the statutory allowance: three or four visiting
 * orders a period, with one or two privileged ones on top. The other prisons keep the defaults (no row).
 */
export function planPrisonVisitSettings(faker: Faker): PrisonVisitSettingsTable[] {
  return PRISON_REGISTER.filter(() => chance(faker, ENHANCED_SCHEME_SHARE)).map((prison) => ({
    prisonCode: prison.code,
    ...DEFAULT_PRISON_SETTINGS,
    enhancedVisitingOrdersPerPeriod: intBetween(faker, 3, 4),
    enhancedPrivilegedVisitingOrdersPerPeriod: intBetween(faker, 1, 2),
  }));
}
