import type { Resolvers } from '../generated/resolvers';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { disclose } from '@lib/subgraph/disclosure';
import { requireNoCaseload } from '@lib/authorization/caseload';
import type { ConfiscationContext } from '../context';
import { confiscationEvents } from '../services/confiscationEvents';
import { readAccountNumber } from '../services/enforcementInput';
import { enforcementMutations } from './enforcementMutations';
import { inputTolerantScalars, refusingMalformedArguments } from './malformedInput';
import { orderListResolvers } from './orderListResolvers';
import { orderRecordingMutations } from './orderRecordingMutations';
import { overdueResolvers } from './overdueResolvers';
import { workflowFieldResolvers } from './workflowFieldResolvers';
import { workflowMutations } from './workflowMutations';
import { discloseOrder, orderResolvers } from './orderResolvers';

type Offender = { pncId: string | null };

/**
 * An offender's orders by PNC ID; none for a caller limited to a prison caseload, as it cannot be kept to it. Null
 * for a person with no PNC ID: orders are recorded against it alone, so the system cannot say whether it holds any
 * for this person, and an empty list would say it holds none.
 */
async function ordersOf(offender: Offender, context: ConfiscationContext) {
  requireNoCaseload(
    context.caller,
    'The confiscation system cannot tell where a person is held: staff limited to a prison caseload do not read confiscation orders',
  );
  if (!offender.pncId) return null;
  const orders = await context.ordersByPncId.load(offender.pncId);
  // Recorded for the audit log: this offender's confiscation records are being returned.
  if (orders.length > 0) disclose(context, offender.pncId);
  return orders;
}

/** Resolvers of the confiscation subgraph: translation only; lookups go through the request's loaders. */
export const confiscationResolvers: Resolvers = {
  ...sharedScalarResolvers,
  ...inputTolerantScalars,
  ...orderResolvers,
  ...refusingMalformedArguments({
    Query: {
      confiscationOrder: async (
        _parent: unknown,
        args: { accountNumber: string },
        context: ConfiscationContext,
      ) => {
        const order = await context.orderByAccountNumber.load(
          readAccountNumber(args.accountNumber, 'accountNumber'),
        );
        discloseOrder(context, order);
        return order;
      },
      ...orderListResolvers,
      ...overdueResolvers,
    },
    Mutation: { ...orderRecordingMutations, ...enforcementMutations, ...workflowMutations },
    ConfiscationOrder: { ...orderResolvers.ConfiscationOrder, ...workflowFieldResolvers.ConfiscationOrder },
  }),
  OrderAmendment: workflowFieldResolvers.OrderAmendment,
  DiscrepancyResolution: workflowFieldResolvers.DiscrepancyResolution,
  Payment: { ...orderResolvers.Payment, ...workflowFieldResolvers.Payment },
  EnforcementAction: { ...orderResolvers.EnforcementAction, ...workflowFieldResolvers.EnforcementAction },
  Offender: {
    __resolveReference: (reference: { pncId?: string | null }) => ({ pncId: reference.pncId ?? null }),
    confiscationOrders: (offender: Offender, _args, context: ConfiscationContext) =>
      ordersOf(offender, context),
    confiscationEvents: async (offender: Offender, _args, context: ConfiscationContext) => {
      const orders = await ordersOf(offender, context);
      if (orders === null) return null;
      const accounts = orders.map((order) => order.accountNumber);
      const [payments, amendments, actions] = await Promise.all([
        Promise.all(accounts.map((account) => context.paymentsByAccountNumber.load(account))),
        Promise.all(accounts.map((account) => context.amendmentsByAccountNumber.load(account))),
        Promise.all(accounts.map((account) => context.actionsByAccountNumber.load(account))),
      ]);
      // Each list of rows, by the account it was loaded for.
      const byAccount = <Row>(lists: readonly (readonly Row[])[]) => {
        const rows = new Map(accounts.map((account, index) => [account, lists[index] ?? []]));
        return (account: string) => rows.get(account) ?? [];
      };
      return confiscationEvents(orders, byAccount(payments), byAccount(amendments), byAccount(actions));
    },
  },
};
