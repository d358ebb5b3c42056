import { SIZE_BANDS, type OrderSizeBand } from '@lib/reference/orderSizeBands';

/**
 * The enforcement rates the NAO reported for 2014-15 (DOMAIN.md): the share of the amount due that was collected,
 * 45% overall, 96% on orders up to £1,000 and 22% on orders above £1m.
 */
export const NAO_ENFORCEMENT_RATES = { overall: 0.45, UP_TO_1_THOUSAND: 0.96, OVER_1_MILLION: 0.22 } as const;

/**
 * The bands the NAO gives no rate for: a curve falling from the smallest band's rate to the largest's. They are
 * moved up or down together so that, with the two bands the NAO gives, the overall rate comes out: how much each
 * band weighs overall depends on the orders a data set happens to have (one order above £1m more or less).
 */
const BETWEEN: Readonly<Record<Exclude<OrderSizeBand, 'UP_TO_1_THOUSAND' | 'OVER_1_MILLION'>, number>> = {
  UP_TO_10_THOUSAND: 0.85,
  UP_TO_100_THOUSAND: 0.62,
  UP_TO_1_MILLION: 0.42,
};

/** The rate of each band for a data set, given the amount due in each band (pence). */
export function bandCollectionRates(
  dueByBand: ReadonlyMap<OrderSizeBand, number>,
): Record<OrderSizeBand, number> {
  const due = (band: OrderSizeBand) => dueByBand.get(band) ?? 0;
  const total = SIZE_BANDS.reduce((sum, band) => sum + due(band), 0);
  const fixed =
    due('UP_TO_1_THOUSAND') * NAO_ENFORCEMENT_RATES.UP_TO_1_THOUSAND +
    due('OVER_1_MILLION') * NAO_ENFORCEMENT_RATES.OVER_1_MILLION;
  const between = Object.entries(BETWEEN) as [keyof typeof BETWEEN, number][];
  const betweenDue = between.reduce((sum, [band]) => sum + due(band), 0);
  const curve = between.reduce((sum, [band, rate]) => sum + due(band) * rate, 0);
  // The shift that makes the overall rate come out; the curve stays between the two rates the NAO gives.
  const shift = betweenDue > 0 ? (NAO_ENFORCEMENT_RATES.overall * total - fixed - curve) / betweenDue : 0;
  const within = (rate: number) =>
    Math.min(
      NAO_ENFORCEMENT_RATES.UP_TO_1_THOUSAND,
      Math.max(NAO_ENFORCEMENT_RATES.OVER_1_MILLION, rate + shift),
    );
  return {
    UP_TO_1_THOUSAND: NAO_ENFORCEMENT_RATES.UP_TO_1_THOUSAND,
    UP_TO_10_THOUSAND: within(BETWEEN.UP_TO_10_THOUSAND),
    UP_TO_100_THOUSAND: within(BETWEEN.UP_TO_100_THOUSAND),
    UP_TO_1_MILLION: within(BETWEEN.UP_TO_1_MILLION),
    OVER_1_MILLION: NAO_ENFORCEMENT_RATES.OVER_1_MILLION,
  };
}
