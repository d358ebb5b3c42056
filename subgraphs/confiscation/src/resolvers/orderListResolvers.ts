import { badUserInput } from '@lib/graphql/errors';
import type { ConfiscationContext } from '../context';
import { readPageSize } from './pageSize';
import { collectionFigures, type YearBasis } from '../services/collectionFigures';
import { readAccountNumber } from '../services/enforcementInput';
import { formatRatePercent } from '../services/interestRate';
import { discloseOrder } from './orderResolvers';

/** A page cursor is the last account number of the page, opaque to callers. */
function cursorOf(accountNumber: string): string {
  return Buffer.from(accountNumber, 'utf8').toString('base64url');
}

function accountOfCursor(cursor: string): string {
  try {
    return readAccountNumber(Buffer.from(cursor, 'base64url').toString('utf8'), 'after');
  } catch {
    throw badUserInput(`"${cursor}" is not a cursor from this list: pass a page's endCursor`, 'after');
  }
}

function groupByAccount<Row extends { accountNumber: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.accountNumber, [...(groups.get(row.accountNumber) ?? []), row]);
  return groups;
}

/** The list of orders, page by page (the discrepancy report), and the analysts' figures. */
export const orderListResolvers = {
  confiscationOrders: async (
    _parent: unknown,
    args: { first?: number | null; after?: string | null },
    context: ConfiscationContext,
  ) => {
    const first = readPageSize(args.first);
    const after = args.after ? accountOfCursor(args.after) : null;
    const [rows, totalCount] = await Promise.all([
      context.store.findOrdersPage(after, first + 1),
      context.store.countOrders(),
    ]);
    const orders = rows.slice(0, first);
    for (const order of orders) discloseOrder(context, order);
    const last = orders[orders.length - 1];
    return {
      orders,
      endCursor: last ? cursorOf(last.accountNumber) : null,
      hasNextPage: rows.length > first,
      totalCount,
    };
  },
  confiscationFigures: async (
    _parent: unknown,
    args: { asOf?: string | null; yearBasis?: YearBasis | null },
    context: ConfiscationContext,
  ) => {
    const asOf = args.asOf ?? context.today;
    const rate = context.settings.interestRateBasisPoints;
    const { orders, payments, actions } = await context.store.findEverythingUpTo(asOf);
    const paymentsOf = groupByAccount(payments);
    const actionsOf = groupByAccount(actions);
    const records = orders.map((order) => ({
      order,
      payments: paymentsOf.get(order.accountNumber) ?? [],
      actions: actionsOf.get(order.accountNumber) ?? [],
    }));
    return {
      asOf,
      interestRatePercent: formatRatePercent(rate),
      ...collectionFigures(records, asOf, rate, args.yearBasis ?? 'FINANCIAL'),
    };
  },
};
