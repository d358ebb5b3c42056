import type { ResolutionRow } from '../store/workflowWrites';
import type { Discrepancy } from './discrepancies';

/** Where a discrepancy stands, as the DiscrepancyStatus enum names it. */
export type DiscrepancyStatus = 'OPEN' | 'AWAITING_COURT_CORRECTION' | 'EXPLAINED';

/**
 * The resolution that covers a discrepancy as it stands: the latest explanation or court's error recorded for the
 * same kind, field and both values. A resolution of other values covers nothing now, so that a change on either
 * side opens the discrepancy again; a correction covers nothing, as a corrected order no longer differs.
 */
export function coveringResolution(
  discrepancy: Discrepancy,
  resolutions: readonly ResolutionRow[],
): ResolutionRow | null {
  const covering = resolutions.filter(
    (resolution) =>
      resolution.resolution !== 'CORRECTED' &&
      resolution.kind === discrepancy.kind &&
      resolution.field === discrepancy.field &&
      resolution.enforcementValue === discrepancy.enforcement.value &&
      resolution.courtValue === discrepancy.court.value,
  );
  return covering[covering.length - 1] ?? null;
}

/** Each discrepancy with where it stands and the resolution that covers it, if any. */
export function withStatus(discrepancies: readonly Discrepancy[], resolutions: readonly ResolutionRow[]) {
  return discrepancies.map((discrepancy) => {
    const resolution = coveringResolution(discrepancy, resolutions);
    const status: DiscrepancyStatus =
      resolution === null
        ? 'OPEN'
        : resolution.resolution === 'EXPLAINED'
          ? 'EXPLAINED'
          : 'AWAITING_COURT_CORRECTION';
    return { ...discrepancy, status, resolution };
  });
}
