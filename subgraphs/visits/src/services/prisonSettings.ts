import type { PrisonVisitSettingsTable } from '../store/visitsTables';

/** A prison's booking rules. */
export type PrisonSettings = Omit<PrisonVisitSettingsTable, 'prisonCode'>;

/**
 * The visit scheduler's defaults, for a prison with no settings of its own: book 2 to 28 days ahead; at most 6
 * visitors of whom at most 3 adults (18 or over), one adult the lead; remand prisoners 3 visits a week;
 * sentenced prisoners 2 visiting orders every 4 weeks (the statutory allowance), on every incentive level.
 */
export const DEFAULT_PRISON_SETTINGS: PrisonSettings = {
  minDaysAhead: 2,
  maxDaysAhead: 28,
  maxVisitors: 6,
  maxAdults: 3,
  adultAge: 18,
  remandVisitsPerWeek: 3,
  visitingOrdersPerPeriod: 2,
  visitingOrderPeriodDays: 28,
  enhancedVisitingOrdersPerPeriod: null,
  enhancedPrivilegedVisitingOrdersPerPeriod: null,
};

/** How long a reservation holds its place before it lapses, as in the real service. */
export const HOLD_MINUTES = 10;

/** A prison's settings: its own row, or the defaults. */
export function prisonSettings(row: PrisonVisitSettingsTable | undefined): PrisonSettings {
  if (!row) return DEFAULT_PRISON_SETTINGS;
  return {
    minDaysAhead: row.minDaysAhead,
    maxDaysAhead: row.maxDaysAhead,
    maxVisitors: row.maxVisitors,
    maxAdults: row.maxAdults,
    adultAge: row.adultAge,
    remandVisitsPerWeek: row.remandVisitsPerWeek,
    visitingOrdersPerPeriod: row.visitingOrdersPerPeriod,
    visitingOrderPeriodDays: row.visitingOrderPeriodDays,
    enhancedVisitingOrdersPerPeriod: row.enhancedVisitingOrdersPerPeriod,
    enhancedPrivilegedVisitingOrdersPerPeriod: row.enhancedPrivilegedVisitingOrdersPerPeriod,
  };
}
