/**
 * The nearest-rank percentile of some numbers (0.5 for the median): the smallest value with at least that
 * fraction of the values at or below it. NaN when there are none. The input is not changed.
 */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] ?? Number.NaN
  );
}
