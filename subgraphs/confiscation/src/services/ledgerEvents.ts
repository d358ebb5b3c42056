import type { EventToRecord } from '@lib/events/recordEvent';
import { sizeBandOf } from '@lib/reference/orderSizeBands';
import type { Order } from '../store/confiscationTables';
import type { ActionRow } from '../store/enforcementWrites';

/** The records an event about an order names: the order, the Crown Court case that made it, the defendant. */
function orderIdentifiers(order: Order) {
  return {
    confiscationAccountNumber: order.accountNumber,
    crownCourtCaseNumber: order.crownCourtCaseNumber,
    pncId: order.defendantPncId,
  };
}

/** An order recorded as made: its courts and the size band of the amount, not the amount (read through the graph). */
export function orderMade(order: Order): EventToRecord {
  return {
    type: 'CONFISCATION_ORDER_MADE',
    identifiers: orderIdentifiers(order),
    facts: {
      crownCourtCode: order.crownCourtCode,
      enforcingCourtCode: order.enforcingCourtCode,
      amountBand: sizeBandOf(order.amountOrderedPence),
    },
  };
}

/** A payment recorded against an order: which payment, not how much (the amount is read through the graph). */
export function paymentReceived(order: Order, paymentId: number): EventToRecord {
  return {
    type: 'CONFISCATION_PAYMENT_RECEIVED',
    identifiers: orderIdentifiers(order),
    facts: { paymentId: String(paymentId), enforcingCourtCode: order.enforcingCourtCode },
  };
}

/** An enforcement action recorded on an order: its kind, outcome and date, without the notes. */
export function enforcementActionTaken(order: Order, action: ActionRow): EventToRecord {
  return {
    type: 'CONFISCATION_ENFORCEMENT_ACTION_TAKEN',
    identifiers: orderIdentifiers(order),
    facts: {
      actionId: String(action.actionId),
      kind: action.kind,
      outcome: action.outcome,
      takenOn: action.takenOn,
    },
  };
}
