import type { ConfiscationContext } from '../context';
import type { OrderRequest } from '../services/orderFacts';
import { recordOrder } from '../services/recordOrder';
import { discloseOrder } from './orderResolvers';

/** The input as GraphQL hands it over: Money already read into pence by the scalar. */
type OrderInput = Omit<OrderRequest, 'amountOrderedPence' | 'benefitPence' | 'availableAmountPence'> & {
  amountOrdered: number;
  benefit: number;
  availableAmount: number;
};

/** Recording a new order: translation only; the rules are in the services. */
export const orderRecordingMutations = {
  recordConfiscationOrder: async (
    _parent: unknown,
    { input }: { input: OrderInput },
    context: ConfiscationContext,
  ) => {
    const { amountOrdered, benefit, availableAmount, ...rest } = input;
    const recorded = await recordOrder(
      context.store,
      {
        ...rest,
        amountOrderedPence: amountOrdered,
        benefitPence: benefit,
        availableAmountPence: availableAmount,
      },
      { subject: context.caller?.subject ?? 'unknown' },
      context.today,
    );
    discloseOrder(context, recorded.order);
    return recorded;
  },
};
