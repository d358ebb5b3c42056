import { badUserInput } from '@lib/graphql/errors';
import type { ConfiscationContext } from '../context';
import { readPageSize } from './pageSize';
import { daysBetween } from '@lib/time/londonTime';
import { discloseOrder } from './orderResolvers';

/** A page cursor is the last action's due date and number, opaque to callers. */
function cursorOf(dueOn: string, actionId: number): string {
  return Buffer.from(`${dueOn}/${actionId}`, 'utf8').toString('base64url');
}

function positionOf(cursor: string): { dueOn: string; actionId: number } {
  const match = /^(\d{4}-\d{2}-\d{2})\/([1-9]\d{0,9})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match)
    throw badUserInput(`"${cursor}" is not a cursor from this list: pass a page's endCursor`, 'after');
  return { dueOn: match[1] ?? '', actionId: Number(match[2]) };
}

/** The investigators' list of enforcement actions whose result is overdue. */
export const overdueResolvers = {
  overdueEnforcementActions: async (
    _parent: unknown,
    args: { first?: number | null; after?: string | null },
    context: ConfiscationContext,
  ) => {
    const first = readPageSize(args.first);
    const after = args.after ? positionOf(args.after) : null;
    const [rows, totalCount] = await Promise.all([
      context.store.findOverdueActions(context.today, after, first + 1),
      context.store.countOverdueActions(context.today),
    ]);
    const page = rows.slice(0, first);
    const orders = await Promise.all(
      page.map((action) => context.orderByAccountNumber.load(action.accountNumber)),
    );
    const actions = page.flatMap((action, index) => {
      const order = orders[index];
      if (!order) return [];
      discloseOrder(context, order);
      return [{ action, order, daysOverdue: daysBetween(action.dueOn ?? context.today, context.today) }];
    });
    const last = page[page.length - 1];
    return {
      actions,
      endCursor: last ? cursorOf(last.dueOn ?? '', last.actionId) : null,
      hasNextPage: rows.length > first,
      totalCount,
    };
  },
};
