/** The enforcement state of a confiscation order, as the ConfiscationOrderStatus enum names it. */
export type OrderStatus = 'OPEN' | 'PART_PAID' | 'PAID' | 'IN_DEFAULT';

/**
 * Derives an order's state from what was ordered and paid: paid in full, in default once the time to pay has
 * passed with money owed, part paid, or open. Amounts are whole pence; `today` is an ISO date.
 */
export function orderStatus(
  amountOrderedPence: number,
  amountPaidPence: number,
  timeToPayEnds: string,
  today: string,
): OrderStatus {
  if (amountPaidPence >= amountOrderedPence) return 'PAID';
  if (today > timeToPayEnds) return 'IN_DEFAULT';
  return amountPaidPence > 0 ? 'PART_PAID' : 'OPEN';
}
