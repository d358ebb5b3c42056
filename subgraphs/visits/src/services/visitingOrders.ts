import { addDays, daysBetween } from '@lib/time/londonTime';
import type { PrisonSettings } from './prisonSettings';
import type { VisitingEntitlementTable } from '../store/visitsTables';

/** A sentenced prisoner's visiting-order balance and the start of its current period. */
export type VisitingOrderBalance = Omit<VisitingEntitlementTable, 'prisonNumber'>;

type Allowance = Pick<PrisonSettings, 'visitingOrdersPerPeriod' | 'visitingOrderPeriodDays'>;

/**
 * The balance on a date: at the start of each new period it is topped up to the allowance (two visits every
 * four weeks by default). Unused orders do not accumulate beyond the allowance, but orders given back by a
 * cancellation are kept.
 */
export function balanceOn(
  balance: VisitingOrderBalance,
  today: string,
  allowance: Allowance,
): VisitingOrderBalance {
  const periods = Math.floor(daysBetween(balance.renewedOn, today) / allowance.visitingOrderPeriodDays);
  if (periods <= 0) return balance;
  return {
    visitingOrders: Math.max(balance.visitingOrders, allowance.visitingOrdersPerPeriod),
    renewedOn: addDays(balance.renewedOn, periods * allowance.visitingOrderPeriodDays),
  };
}
