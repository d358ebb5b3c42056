import type { Position } from './interest';

/** The enforcement state of a confiscation order, as the ConfiscationOrderStatus enum names it. */
export type OrderStatus = 'OPEN' | 'PART_PAID' | 'PAID' | 'IN_DEFAULT' | 'WRITTEN_OFF';

/**
 * Derives an order's state on a date: written off once the court discharged it, paid once nothing is owed
 * (interest included), in default once the time to pay has passed with money owed, part paid, or open.
 */
export function orderStatus(
  position: Position,
  timeToPayEnds: string,
  asOf: string,
  writtenOff: boolean,
): OrderStatus {
  if (writtenOff) return 'WRITTEN_OFF';
  if (position.balanceWithInterestPence === 0) return 'PAID';
  if (asOf > timeToPayEnds) return 'IN_DEFAULT';
  return position.amountPaidPence > 0 ? 'PART_PAID' : 'OPEN';
}

/** A paid or written-off order is closed: nothing more may be paid or done on it. */
export function isClosed(status: OrderStatus): boolean {
  return status === 'PAID' || status === 'WRITTEN_OFF';
}
