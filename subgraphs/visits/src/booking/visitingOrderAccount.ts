import { addDays } from '@lib/time/londonTime';
import { type Allowance, type HeldOrder, type Renewed, renewTo } from '../services/visitingOrders';
import type { VisitingOrderStatements } from '../store/visitingOrderStatements';
import type { VisitingEntitlementTable } from '../store/visitsTables';

type Entitlement = Omit<VisitingEntitlementTable, 'prisonNumber'>;

/**
 * A sentenced prisoner's orders as a booking today finds them: renewed for every period due since the last
 * renewal, or, when the allowance does not run yet (no entitlement, or one made on remand), started today, as if
 * renewed a period ago, so that its first renewal, today, gives the first allowance.
 */
export function renewedToday(
  entitlement: Entitlement | undefined,
  available: readonly HeldOrder[],
  today: string,
  allowance: Allowance,
): Renewed {
  const running = entitlement?.allowanceStarted === 1;
  const renewedOn = running ? entitlement.renewedOn : addDays(today, -allowance.periodDays);
  return renewTo({ renewedOn, available }, today, () => allowance);
}

/** A sentenced prisoner's orders free to book with today, and the day their allowance next renews. */
export interface OrdersToday {
  available: HeldOrder[];
  renewsOn: string;
}

/**
 * Under the prisoner's lock: renews (or starts) the allowance to today as `renewedToday` says, writing what
 * changed, and returns the orders free to book with, each with its id.
 */
export async function ordersToday(
  orders: VisitingOrderStatements,
  prisonNumber: string,
  locked: Entitlement,
  today: string,
  allowance: Allowance,
): Promise<OrdersToday> {
  const renewed = renewedToday(locked, await orders.available(prisonNumber), today, allowance);
  const renewsOn = addDays(renewed.renewedOn, allowance.periodDays);
  if (locked.allowanceStarted === 1 && renewed.given.length === 0 && renewed.lapsed.length === 0) {
    return { available: renewed.available, renewsOn };
  }
  await orders.saveRenewal(prisonNumber, renewed);
  // Orders just given have their ids only once written.
  return {
    available: renewed.given.length > 0 ? await orders.available(prisonNumber) : renewed.available,
    renewsOn,
  };
}
