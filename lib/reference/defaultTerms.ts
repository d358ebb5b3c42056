/**
 * The bands of the term of imprisonment in default of paying a confiscation order (Proceeds of Crime Act 2002
 * s.35(2A), as the Serious Crime Act 2015 set it): by the amount ordered, in pence, each band's upper bound
 * (inclusive) and the longest term a court may fix in it, in months.
 */
export const DEFAULT_TERM_BANDS: readonly { upToPence: number; maximumMonths: number }[] = [
  { upToPence: 1_000_000, maximumMonths: 6 },
  { upToPence: 50_000_000, maximumMonths: 60 },
  { upToPence: 100_000_000, maximumMonths: 84 },
  { upToPence: Number.POSITIVE_INFINITY, maximumMonths: 168 },
];

/** The band an amount in pence falls in, with the bound of the band below (0 for the first). */
export function defaultTermBand(amountPence: number): {
  abovePence: number;
  upToPence: number;
  /** The longest term of the band below: a term fixed in this band is longer (0 for the first band). */
  aboveMonths: number;
  maximumMonths: number;
} {
  let abovePence = 0;
  let aboveMonths = 0;
  for (const band of DEFAULT_TERM_BANDS) {
    if (amountPence <= band.upToPence) return { abovePence, aboveMonths, ...band };
    abovePence = band.upToPence;
    aboveMonths = band.maximumMonths;
  }
  throw new Error(`no default-term band for ${amountPence}`);
}

/** The maximum default term in months for an amount in pence: 6 months up to £10,000, 14 years over £1m. */
export function maximumDefaultTermMonths(amountPence: number): number {
  return defaultTermBand(amountPence).maximumMonths;
}
