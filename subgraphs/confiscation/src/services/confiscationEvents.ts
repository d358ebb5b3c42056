import { endOfBusinessDay, type JourneyEvent } from '@lib/journey/journeyEvent';
import { displayPence } from '@lib/money';
import type { ConfiscationOrderTable, PaymentTable } from '../store/confiscationTables';

type Order = Pick<
  ConfiscationOrderTable,
  'accountNumber' | 'crownCourtCaseNumber' | 'orderedOn' | 'amountOrderedPence' | 'timeToPayEnds'
>;
type Payment = Pick<PaymentTable, 'paidOn' | 'amountPence' | 'source'>;

/** The journey events the confiscation system contributes: each order made, and each payment towards it. */
export function confiscationEvents(
  orders: readonly Order[],
  paymentsOf: (accountNumber: string) => readonly Payment[],
): JourneyEvent[] {
  return orders.flatMap((order) => [
    {
      occurredAt: endOfBusinessDay(order.orderedOn),
      system: 'CONFISCATION' as const,
      kind: 'CONFISCATION_ORDER' as const,
      reference: order.accountNumber,
      summary: `Confiscation order of ${displayPence(order.amountOrderedPence)} in case ${order.crownCourtCaseNumber}, to be paid by ${order.timeToPayEnds}`,
    },
    ...paymentsOf(order.accountNumber).map((payment) => ({
      occurredAt: endOfBusinessDay(payment.paidOn),
      system: 'CONFISCATION' as const,
      kind: 'PAYMENT' as const,
      reference: order.accountNumber,
      summary: `Payment of ${displayPence(payment.amountPence)} received (${payment.source.toLowerCase().replace(/_/g, ' ')})`,
    })),
  ]);
}
