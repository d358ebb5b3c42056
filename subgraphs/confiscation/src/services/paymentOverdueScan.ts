import type { Kysely } from 'kysely';
import type { EventScan } from '@lib/events/eventRelay';
import { recordOnce } from '@lib/events/recordOnce';
import { eventIdFor } from '@lib/events/recordEvent';
import { londonDateOf } from '@lib/time/londonTime';
import type { ConfiscationSettings } from '../buildConfiscation';
import type { ConfiscationTables } from '../store/confiscationTables';
import { orderPosition } from './orderPosition';

const CHUNK = 500;

function byAccount<Row extends { accountNumber: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) grouped.set(row.accountNumber, [...(grouped.get(row.accountNumber) ?? []), row]);
  return grouped;
}

/**
 * Announces each confiscation order whose time to pay has ended with money still owed (in default), once per
 * order and date the time to pay ended: an order given more time and missing that date too is announced again.
 */
export function paymentOverdueScan(settings: ConfiscationSettings): EventScan {
  return {
    name: 'payment overdue',
    outbox: 'confiscation',
    async run(db, now) {
      const store = db as Kysely<ConfiscationTables>;
      const today = londonDateOf(now);
      const pastDue = await store
        .selectFrom('confiscationOrder')
        .selectAll()
        .where('timeToPayEnds', '<', today)
        .orderBy('timeToPayEnds')
        .orderBy('accountNumber')
        .execute();
      const overdue = [];
      for (let start = 0; start < pastDue.length; start += CHUNK) {
        const orders = pastDue.slice(start, start + CHUNK);
        const accounts = orders.map((order) => order.accountNumber);
        const [payments, actions] = await Promise.all([
          store
            .selectFrom('payment')
            .selectAll()
            .where('accountNumber', 'in', accounts)
            .orderBy('paidOn')
            .orderBy('paymentId')
            .execute(),
          store
            .selectFrom('enforcementAction')
            .selectAll()
            .where('accountNumber', 'in', accounts)
            .orderBy('takenOn')
            .orderBy('actionId')
            .execute(),
        ]);
        const paymentsOf = byAccount(payments);
        const actionsOf = byAccount(actions);
        for (const order of orders) {
          const status = orderPosition(
            order,
            paymentsOf.get(order.accountNumber) ?? [],
            actionsOf.get(order.accountNumber) ?? [],
            today,
            settings.interestRateBasisPoints,
          ).status;
          if (status === 'IN_DEFAULT') overdue.push(order);
        }
      }
      return recordOnce(
        db,
        overdue.map((order) => ({
          id: eventIdFor(`payment-overdue:${order.accountNumber}:${order.timeToPayEnds}`),
          type: 'CONFISCATION_PAYMENT_OVERDUE',
          identifiers: {
            confiscationAccountNumber: order.accountNumber,
            crownCourtCaseNumber: order.crownCourtCaseNumber,
            pncId: order.defendantPncId,
          },
          facts: { timeToPayEnds: order.timeToPayEnds, enforcingCourtCode: order.enforcingCourtCode },
        })),
      );
    },
  };
}
