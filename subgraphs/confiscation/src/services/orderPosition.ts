import type { EnforcementActionTable, PaymentTable } from '../store/confiscationTables';
import type { Order } from '../store/confiscationTables';
import { type Ledger, type Position, positionAt } from './interest';
import { type OrderStatus, orderStatus } from './orderStatus';

type Payment = Pick<PaymentTable, 'paidOn' | 'amountPence'>;
type Action = Pick<EnforcementActionTable, 'kind' | 'takenOn' | 'outcome' | 'newAmountPence'> &
  Partial<Pick<EnforcementActionTable, 'outcomeOn'>>;

/** The day an action took effect: the day its result came about, or the day it was taken when recorded with one. */
function effectiveOn(action: Action): string {
  return action.outcomeOn ?? action.takenOn;
}

/** The ledger of an order: its payments, and the variations of its amount that the court made. */
export function ledgerOf(order: Order, payments: readonly Payment[], actions: readonly Action[]): Ledger {
  return {
    amountOrderedPence: order.amountOrderedPence,
    timeToPayEnds: order.timeToPayEnds,
    payments,
    variations: actions.flatMap((action) =>
      action.kind === 'VARIATION' && action.outcome === 'SUCCEEDED' && action.newAmountPence !== null
        ? [{ on: effectiveOn(action), amountPence: action.newAmountPence }]
        : [],
    ),
  };
}

/** Whether the court had discharged the order, writing off its balance, by a date. */
export function writtenOffBy(actions: readonly Action[], asOf: string): boolean {
  return actions.some(
    (action) => action.kind === 'WRITE_OFF' && action.outcome === 'SUCCEEDED' && effectiveOn(action) <= asOf,
  );
}

/** An order's position and state on a date. */
export function orderPosition(
  order: Order,
  payments: readonly Payment[],
  actions: readonly Action[],
  asOf: string,
  rateBasisPoints: number,
): Position & { status: OrderStatus } {
  const position = positionAt(ledgerOf(order, payments, actions), asOf, rateBasisPoints);
  return {
    ...position,
    status: orderStatus(position, order.timeToPayEnds, asOf, writtenOffBy(actions, asOf)),
  };
}
