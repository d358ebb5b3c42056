import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import type { Order } from '../store/confiscationTables';
import type { PaymentSource } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';
import { enforcementError } from './enforcementErrors';
import { paymentReceived } from './ledgerEvents';
import { readAccountNumber, requireNotFuture, requireOrder, requirePositive } from './enforcementInput';
import { orderPosition } from './orderPosition';
import { isClosed } from './orderStatus';

/** A payment to record, as the mutation's input reads (the amount already in pence). */
export interface PaymentRequest {
  accountNumber: string;
  amountPence: number;
  paidOn: string;
  source: PaymentSource;
  idempotencyKey: string;
}

/** What recording a payment gives back. */
export interface RecordedPayment {
  payment: PaymentRow;
  order: Order;
  replayed: boolean;
}

/** A caller's idempotency key: 1 to 100 characters. */
export function readIdempotencyKey(input: string): string {
  const key = input.trim();
  if (key.length === 0 || key.length > 100) {
    throw badUserInput('idempotencyKey must be 1 to 100 characters', 'idempotencyKey');
  }
  return key;
}

/**
 * The largest payment on `paidOn` that does not overpay the order today. A back-dated payment also stops interest
 * from that date, so the limit can be a little under today's balance: found exactly by bisection on pence.
 */
function largestPayment(
  order: Order,
  payments: readonly PaymentRow[],
  actions: readonly ActionRow[],
  paidOn: string,
  today: string,
  rate: number,
): number {
  const overpays = (pence: number) =>
    orderPosition(order, [...payments, { paidOn, amountPence: pence }], actions, today, rate).overpaidPence >
    0;
  let low = 0;
  let high = orderPosition(order, payments, actions, today, rate).balanceWithInterestPence;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (overpays(middle)) high = middle - 1;
    else low = middle;
  }
  return low;
}

/**
 * Records a payment towards an order, in one transaction: refused when the amount is not positive, dated in the
 * future or before the order, the order is closed, or the payment would overpay what is owed today with interest.
 * A repeated idempotency key returns the payment first recorded with it.
 */
export async function recordPayment(
  store: ConfiscationStore,
  request: PaymentRequest,
  today: string,
  rate: number,
): Promise<RecordedPayment> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  requirePositive(request.amountPence, 'A payment');
  requireNotFuture(request.paidOn, today, 'paidOn');
  return store.withOrderLedger(accountNumber, async (unit) => {
    const earlier = await unit.paymentByKey(idempotencyKey);
    if (earlier) {
      const same =
        earlier.accountNumber === accountNumber &&
        earlier.amountPence === request.amountPence &&
        earlier.paidOn === request.paidOn &&
        earlier.source === request.source;
      if (!same || !unit.order) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey}" was already used for a different payment`,
        );
      }
      return { payment: earlier, order: unit.order, replayed: true };
    }
    const order = requireOrder(unit, accountNumber, request.paidOn, 'paidOn');
    const [payments, actions] = await Promise.all([unit.payments(), unit.actions()]);
    const now = orderPosition(order, payments, actions, today, rate);
    if (isClosed(now.status)) {
      throw enforcementError(
        'ORDER_CLOSED',
        `Confiscation order ${accountNumber} is ${now.status === 'PAID' ? 'paid' : 'written off'}: no payment can be recorded`,
        { status: now.status },
      );
    }
    const largest = largestPayment(order, payments, actions, request.paidOn, today, rate);
    if (request.amountPence > largest) {
      throw enforcementError(
        'PAYMENT_EXCEEDS_BALANCE',
        `A payment of ${formatPence(request.amountPence)} is more than is owed on order ${accountNumber}: ` +
          `${formatPence(now.balanceWithInterestPence)} today with interest, so at most ${formatPence(largest)} paid on ${request.paidOn}`,
        {
          balanceWithInterest: formatPence(now.balanceWithInterestPence),
          largestPayment: formatPence(largest),
        },
      );
    }
    const payment = await unit.insertPayment({
      accountNumber,
      paidOn: request.paidOn,
      amountPence: request.amountPence,
      source: request.source,
      idempotencyKey,
      recordedAt: new Date().toISOString(),
    });
    await unit.recordEvent(paymentReceived(order, payment.paymentId));
    return { payment, order, replayed: false };
  });
}
