import { endOfBusinessDay, type JourneyEvent } from '@lib/journey/journeyEvent';
import { displayPence } from '@lib/money';
import type {
  ConfiscationOrderTable,
  EnforcementActionTable,
  PaymentTable,
} from '../store/confiscationTables';
import type { AmendmentRow } from '../store/workflowWrites';
import type { FieldChange } from '../store/workflowTables';
import { enforcementEvents } from './enforcementEvents';

type Order = Pick<
  ConfiscationOrderTable,
  'accountNumber' | 'crownCourtCaseNumber' | 'orderedOn' | 'amountOrderedPence' | 'timeToPayEnds'
>;
type Payment = Pick<PaymentTable, 'paidOn' | 'amountPence' | 'source'> &
  Partial<Pick<PaymentTable, 'reversesPaymentId' | 'reason' | 'recordedAt'>>;
type Amendment = Pick<AmendmentRow, 'changes' | 'reason' | 'amendedAt' | 'cause'>;
type Action = Pick<
  EnforcementActionTable,
  'kind' | 'takenOn' | 'outcome' | 'newAmountPence' | 'dueOn' | 'outcomeOn'
>;

const MONEY_FIELDS = new Set(['amountOrderedPence', 'benefitPence', 'availableAmountPence']);

/** A change as a person reads it: "amountOrderedPence 100000 -> 10000" as "amount ordered £1,000.00 to £100.00". */
function changeText(change: FieldChange): string {
  const name = change.field
    .replace(/Pence$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  const value = (text: string | null) =>
    text === null ? 'none' : MONEY_FIELDS.has(change.field) ? displayPence(Number(text)) : text;
  return `${name} ${value(change.from)} to ${value(change.to)}`;
}

function paymentEvent(order: Order, payment: Payment): JourneyEvent {
  const reversal = payment.reversesPaymentId != null;
  return {
    // A reversal happened when it was recorded; a payment on the day it was received.
    occurredAt: reversal && payment.recordedAt ? payment.recordedAt : endOfBusinessDay(payment.paidOn),
    system: 'CONFISCATION',
    kind: 'PAYMENT',
    reference: order.accountNumber,
    summary: reversal
      ? `Payment of ${displayPence(-payment.amountPence)} received on ${payment.paidOn} reversed: ${payment.reason ?? ''}`
      : `Payment of ${displayPence(payment.amountPence)} received (${payment.source.toLowerCase().replace(/_/g, ' ')})`,
  };
}

function amendmentEvent(order: Order, amendment: Amendment): JourneyEvent {
  const changes = (JSON.parse(amendment.changes) as FieldChange[]).map(changeText).join('; ');
  const how =
    amendment.cause === 'AMENDMENT'
      ? 'amended'
      : amendment.cause === 'DEFENDANT_CONFIRMED'
        ? 'relinked to its defendant'
        : "corrected to the Crown Court's record";
  return {
    occurredAt: amendment.amendedAt,
    system: 'CONFISCATION',
    kind: 'CONFISCATION_ORDER',
    reference: order.accountNumber,
    summary: `Confiscation order ${how} (${changes}): ${amendment.reason}`,
  };
}

/**
 * The journey events the confiscation system contributes: each order made, each payment towards it and each
 * reversal of one, each amendment of the order's facts, and each enforcement action and its result.
 */
export function confiscationEvents(
  orders: readonly Order[],
  paymentsOf: (accountNumber: string) => readonly Payment[],
  amendmentsOf: (accountNumber: string) => readonly Amendment[] = () => [],
  actionsOf: (accountNumber: string) => readonly Action[] = () => [],
): JourneyEvent[] {
  return orders.flatMap((order) => [
    {
      occurredAt: endOfBusinessDay(order.orderedOn),
      system: 'CONFISCATION' as const,
      kind: 'CONFISCATION_ORDER' as const,
      reference: order.accountNumber,
      summary: `Confiscation order of ${displayPence(order.amountOrderedPence)} in case ${order.crownCourtCaseNumber}, to be paid by ${order.timeToPayEnds}`,
    },
    ...paymentsOf(order.accountNumber).map((payment) => paymentEvent(order, payment)),
    ...amendmentsOf(order.accountNumber).map((amendment) => amendmentEvent(order, amendment)),
    ...actionsOf(order.accountNumber).flatMap((action) => enforcementEvents(order.accountNumber, action)),
  ]);
}
