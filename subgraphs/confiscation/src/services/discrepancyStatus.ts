import type { ResolutionRow } from '../store/workflowWrites';
import type { Discrepancy } from './discrepancies';

/** Where a discrepancy stands, as the DiscrepancyStatus enum names it. */
export type DiscrepancyStatus = 'OPEN' | 'AWAITING_COURT_CORRECTION' | 'EXPLAINED';

/**
 * The resolution that covers a discrepancy as it stands: the latest explanation or court's error recorded for the
 * same kind, field and both values, in the same court record (the case number it was judged in), against the
 * order's Crown Court centre as it is now. A resolution of other values, or about another case (another number,
 * or the same number at another centre), covers nothing now, so that a change on either side, or an order moved
 * to another case by amendment, opens the discrepancy again; a correction covers nothing, as a corrected order no
 * longer differs.
 */
export function coveringResolution(
  discrepancy: Discrepancy,
  crownCourtCode: string,
  resolutions: readonly ResolutionRow[],
): ResolutionRow | null {
  const covering = resolutions.filter(
    (resolution) =>
      resolution.resolution !== 'CORRECTED' &&
      resolution.crownCourtCode === crownCourtCode &&
      resolution.courtRecord === discrepancy.court.record &&
      resolution.kind === discrepancy.kind &&
      resolution.field === discrepancy.field &&
      resolution.enforcementValue === discrepancy.enforcement.value &&
      resolution.courtValue === discrepancy.court.value,
  );
  return covering[covering.length - 1] ?? null;
}

/** Each discrepancy of an order at a Crown Court centre, with where it stands and the resolution covering it. */
export function withStatus(
  discrepancies: readonly Discrepancy[],
  crownCourtCode: string,
  resolutions: readonly ResolutionRow[],
) {
  return discrepancies.map((discrepancy) => {
    const resolution = coveringResolution(discrepancy, crownCourtCode, resolutions);
    const status: DiscrepancyStatus =
      resolution === null
        ? 'OPEN'
        : resolution.resolution === 'EXPLAINED'
          ? 'EXPLAINED'
          : 'AWAITING_COURT_CORRECTION';
    return { ...discrepancy, status, resolution };
  });
}
