/**
 * The size bands the auditors report confiscation enforcement by (NAO), on the amount ordered, as the OrderSizeBand
 * enum names them: the analysts' figures, the seed's collection rates and the order-made event all band by these.
 */
export type OrderSizeBand =
  'UP_TO_1_THOUSAND' | 'UP_TO_10_THOUSAND' | 'UP_TO_100_THOUSAND' | 'UP_TO_1_MILLION' | 'OVER_1_MILLION';

/** Each band's upper bound in pence, inclusive, smallest first; the last band has none. */
const BANDS: readonly (readonly [OrderSizeBand, number])[] = [
  ['UP_TO_1_THOUSAND', 100_000],
  ['UP_TO_10_THOUSAND', 1_000_000],
  ['UP_TO_100_THOUSAND', 10_000_000],
  ['UP_TO_1_MILLION', 100_000_000],
];

/** Every band, smallest first. */
export const SIZE_BANDS: readonly OrderSizeBand[] = [...BANDS.map(([band]) => band), 'OVER_1_MILLION'];

/** The band of an amount in pence: £1,000.00 is up to £1,000, £1,000.01 is in the next band. */
export function sizeBandOf(amountPence: number): OrderSizeBand {
  for (const [band, upTo] of BANDS) if (amountPence <= upTo) return band;
  return 'OVER_1_MILLION';
}
