import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { badUserInput } from '@lib/graphql/errors';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { disclose } from '@lib/subgraph/disclosure';
import type { ConfiscationContext } from '../context';
import { confiscationEvents } from '../services/confiscationEvents';
import { orderStatus } from '../services/orderStatus';
import type { ConfiscationOrderTable } from '../store/confiscationTables';

type Offender = { pncId: string | null };

const ACCOUNT_NUMBER = /^\d{9}[A-Z]$/;

async function amountPaid(order: ConfiscationOrderTable, context: ConfiscationContext): Promise<number> {
  const payments = await context.paymentsByAccountNumber.load(order.accountNumber);
  return payments.reduce((total, payment) => total + payment.amountPence, 0);
}

async function ordersOf(offender: Offender, context: ConfiscationContext) {
  const orders = offender.pncId ? await context.ordersByPncId.load(offender.pncId) : [];
  // Recorded for the audit log: this offender's confiscation records are being returned.
  if (orders.length > 0) disclose(context, offender.pncId);
  return orders;
}

/** Resolvers of the confiscation subgraph: translation only; lookups go through the request's loaders. */
export const confiscationResolvers: GraphQLResolverMap<ConfiscationContext> = {
  ...sharedScalarResolvers,
  Query: {
    confiscationOrder: async (_parent, args: { accountNumber: string }, context: ConfiscationContext) => {
      const accountNumber = args.accountNumber.trim().toUpperCase();
      if (!ACCOUNT_NUMBER.test(accountNumber)) {
        throw badUserInput(
          `"${args.accountNumber}" is not an enforcement account number: expected the form 250001234C`,
          'accountNumber',
        );
      }
      const order = await context.orderByAccountNumber.load(accountNumber);
      disclose(context, order?.defendantPncId ?? order?.accountNumber);
      return order;
    },
  },
  Offender: {
    __resolveReference: (reference: Offender) => ({ pncId: reference.pncId ?? null }),
    confiscationOrders: (offender: Offender, _args, context: ConfiscationContext) =>
      ordersOf(offender, context),
    confiscationEvents: async (offender: Offender, _args, context: ConfiscationContext) => {
      const orders = await ordersOf(offender, context);
      const payments = await Promise.all(
        orders.map((order) => context.paymentsByAccountNumber.load(order.accountNumber)),
      );
      const byAccount = new Map(orders.map((order, index) => [order.accountNumber, payments[index] ?? []]));
      return confiscationEvents(orders, (accountNumber) => byAccount.get(accountNumber) ?? []);
    },
  },
  ConfiscationOrder: {
    amountOrdered: (order: ConfiscationOrderTable) => order.amountOrderedPence,
    amountPaid: (order: ConfiscationOrderTable, _args, context: ConfiscationContext) =>
      amountPaid(order, context),
    balance: async (order: ConfiscationOrderTable, _args, context: ConfiscationContext) =>
      Math.max(0, order.amountOrderedPence - (await amountPaid(order, context))),
    status: async (order: ConfiscationOrderTable, _args, context: ConfiscationContext) =>
      orderStatus(
        order.amountOrderedPence,
        await amountPaid(order, context),
        order.timeToPayEnds,
        new Date().toISOString().slice(0, 10),
      ),
    payments: (order: ConfiscationOrderTable, _args, context: ConfiscationContext) =>
      context.paymentsByAccountNumber.load(order.accountNumber),
  },
  Payment: {
    amount: (payment: { amountPence: number }) => payment.amountPence,
  },
};
