import type { ConfiscationOrderResolvers } from '../generated/resolvers';
import { GraphQLError } from 'graphql';
import { disclose } from '@lib/subgraph/disclosure';
import type { ConfiscationContext } from '../context';
import { type CourtRecord, discrepanciesOf } from '../services/discrepancies';
import { withStatus } from '../services/discrepancyStatus';
import { orderPosition } from '../services/orderPosition';
import type { Order } from '../store/confiscationTables';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';

/** An order as the resolvers pass it on: with the court's record when the gateway brought it. */
type OrderParent = Order & { courtRecord?: CourtRecord | null };
type AsOf = { asOf?: string | null };

/** Records, for the audit log, whose order is being returned: the PNC ID keyed into it, or its account. */
export function discloseOrder(context: ConfiscationContext, order: Order | null): void {
  if (order) disclose(context, order.defendantPncId ?? order.accountNumber);
}

async function positionOf(order: Order, asOf: string | null | undefined, context: ConfiscationContext) {
  const [payments, actions] = await Promise.all([
    context.paymentsByAccountNumber.load(order.accountNumber),
    context.actionsByAccountNumber.load(order.accountNumber),
  ]);
  return orderPosition(
    order,
    payments,
    actions,
    asOf ?? context.today,
    context.settings.interestRateBasisPoints,
  );
}

/** Resolvers of a confiscation order, its payments and its enforcement actions. */
export const orderResolvers = {
  ConfiscationOrder: {
    // The gateway comes back with the key and the court's record (for `discrepancies`): the rest is read here.
    // A representation is the gateway's JSON, which no scalar parses: the court record's Money is still the
    // decimal string, not the pence that the generated type, made for what resolvers return, says.
    __resolveReference: (async (
      reference: { accountNumber: string; courtRecord?: CourtRecord | null },
      context: ConfiscationContext,
    ): Promise<OrderParent | null> => {
      const order = await context.orderByAccountNumber.load(reference.accountNumber);
      discloseOrder(context, order);
      return order && { ...order, courtRecord: reference.courtRecord };
    }) as unknown as ConfiscationOrderResolvers['__resolveReference'],
    amountOrdered: (order: Order) => order.amountOrderedPence,
    benefit: (order: Order) => order.benefitPence,
    availableAmount: (order: Order) => order.availableAmountPence,
    amountDue: async (order: Order, _args: unknown, context: ConfiscationContext) =>
      (await positionOf(order, null, context)).amountDuePence,
    amountPaid: async (order: Order, _args: unknown, context: ConfiscationContext) =>
      (await positionOf(order, null, context)).amountPaidPence,
    balance: async (order: Order, args: AsOf, context: ConfiscationContext) =>
      (await positionOf(order, args.asOf, context)).balancePence,
    interestAccrued: async (order: Order, args: AsOf, context: ConfiscationContext) =>
      (await positionOf(order, args.asOf, context)).interestAccruedPence,
    balanceWithInterest: async (order: Order, args: AsOf, context: ConfiscationContext) =>
      (await positionOf(order, args.asOf, context)).balanceWithInterestPence,
    status: async (order: Order, args: AsOf, context: ConfiscationContext) =>
      (await positionOf(order, args.asOf, context)).status,
    payments: (order: Order, _args: unknown, context: ConfiscationContext) =>
      context.paymentsByAccountNumber.load(order.accountNumber),
    enforcementActions: (order: Order, _args: unknown, context: ConfiscationContext) =>
      context.actionsByAccountNumber.load(order.accountNumber),
    discrepancies: async (order: OrderParent, _args: unknown, context: ConfiscationContext) => {
      // No record means the courts could not answer: saying "no discrepancies" would be a false all-clear.
      if (!order.courtRecord) {
        throw new GraphQLError(`The Crown Court's record of order ${order.accountNumber} could not be read`, {
          extensions: { code: 'COURT_RECORD_UNAVAILABLE' },
        });
      }
      const resolutions = await context.resolutionsByAccountNumber.load(order.accountNumber);
      return withStatus(discrepanciesOf(order, order.courtRecord), order.crownCourtCode, resolutions);
    },
  },
  Payment: {
    paymentId: (payment: PaymentRow) => String(payment.paymentId),
    amount: (payment: PaymentRow) => payment.amountPence,
  },
  EnforcementAction: {
    actionId: (action: ActionRow) => String(action.actionId),
    newAmount: (action: ActionRow) => action.newAmountPence,
  },
};
