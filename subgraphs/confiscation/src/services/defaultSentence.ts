/**
 * The longest term in default a court may fix for a confiscation order, by the amount ordered (Proceeds of Crime
 * Act 2002 s.35(2A), as the Serious Crime Act 2015 set it). Upper bounds in pence, inclusive.
 */
const MAXIMUM_TERMS: readonly (readonly [number, number])[] = [
  [1_000_000, 6],
  [50_000_000, 60],
  [100_000_000, 84],
];

/** The maximum default term in months for an amount in pence: 6 months up to £10,000, 14 years over £1m. */
export function maximumDefaultTermMonths(amountPence: number): number {
  for (const [upTo, months] of MAXIMUM_TERMS) if (amountPence <= upTo) return months;
  return 168;
}
