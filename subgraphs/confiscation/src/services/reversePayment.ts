import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import type { Order } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { PaymentRow } from '../store/enforcementWrites';
import { type Actor, readReason } from './amendOrder';
import { enforcementError } from './enforcementErrors';
import { readAccountNumber } from './enforcementInput';
import { readIdempotencyKey } from './recordPayment';

/** A reversal to record, as the mutation's input reads it. */
export interface ReversalRequest {
  accountNumber: string;
  paymentId: string;
  reason: string;
  idempotencyKey: string;
}

/** What reversing gives back: the reversing entry, the payment it reverses (kept), and the order. */
export interface ReversedPayment {
  reversal: PaymentRow;
  payment: PaymentRow;
  order: Order;
  replayed: boolean;
}

/** A payment's number as the graph gives it: a positive whole number. */
export function readRecordNumber(input: string, argument: string): number {
  const text = input.trim();
  if (!/^[1-9]\d{0,9}$/.test(text)) throw badUserInput(`"${input}" is not a record number`, argument);
  return Number(text);
}

/**
 * Reverses a payment keyed against the wrong order, in one transaction: the payment is kept and a reversing entry
 * added, for the negative of its amount on the same date, so that the balance and the interest are worked out
 * as if it had never been paid. Refused for a payment not on the order, a reversing entry (REVERSAL_OF_REVERSAL:
 * record the payment again instead) and a payment already reversed (ALREADY_REVERSED). A repeated idempotency key
 * returns the first reversal.
 */
export async function reversePayment(
  store: ConfiscationStore,
  request: ReversalRequest,
  actor: Actor,
): Promise<ReversedPayment> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const paymentId = readRecordNumber(request.paymentId, 'paymentId');
  const reason = readReason(request.reason);
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  return store.withOrderLedger(accountNumber, async (unit) => {
    const order = unit.order;
    const earlier = await unit.paymentByKey(idempotencyKey);
    if (earlier) {
      const original = await unit.paymentById(paymentId);
      if (earlier.reversesPaymentId !== paymentId || earlier.reason !== reason || !original || !order) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey}" was already used for a different payment or reversal`,
        );
      }
      return { reversal: earlier, payment: original, order, replayed: true };
    }
    if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${accountNumber}`);
    const payment = await unit.paymentById(paymentId);
    if (!payment) {
      throw enforcementError('NOT_FOUND', `Order ${accountNumber} has no payment ${paymentId}`);
    }
    if (payment.reversesPaymentId !== null) {
      throw enforcementError(
        'REVERSAL_OF_REVERSAL',
        `Entry ${paymentId} reverses payment ${payment.reversesPaymentId}: a reversal is not reversed; record the payment again`,
        { reverses: String(payment.reversesPaymentId) },
      );
    }
    const existing = await unit.reversalOf(paymentId);
    if (existing) {
      throw enforcementError(
        'ALREADY_REVERSED',
        `Payment ${paymentId} of ${formatPence(payment.amountPence)} was reversed already, by entry ${existing.paymentId}`,
        { reversedBy: String(existing.paymentId) },
      );
    }
    const reversal = await unit.insertPayment({
      accountNumber,
      paidOn: payment.paidOn,
      amountPence: -payment.amountPence,
      source: payment.source,
      idempotencyKey,
      recordedAt: new Date().toISOString(),
      reversesPaymentId: paymentId,
      reason,
      recordedBy: actor.subject,
    });
    return { reversal, payment, order, replayed: false };
  });
}
