import type { ConfiscationContext } from '../context';
import { recordEnforcementAction, type ActionRequest } from '../services/recordEnforcementAction';
import { recordPayment, type PaymentRequest } from '../services/recordPayment';
import { discloseOrder } from './orderResolvers';

/** The input types as GraphQL hands them over: Money already read into pence by the scalar. */
type PaymentInput = Omit<PaymentRequest, 'amountPence'> & { amount: number };
type ActionInput = Omit<ActionRequest, 'newAmountPence'> & { newAmount?: number | null };

/** The enforcement mutations: translation only; the rules are in the services. */
export const enforcementMutations = {
  recordConfiscationPayment: async (
    _parent: unknown,
    { input }: { input: PaymentInput },
    context: ConfiscationContext,
  ) => {
    const { amount, ...rest } = input;
    const recorded = await recordPayment(
      context.store,
      { ...rest, amountPence: amount },
      context.today,
      context.settings.interestRateBasisPoints,
    );
    discloseOrder(context, recorded.order);
    return recorded;
  },
  recordEnforcementAction: async (
    _parent: unknown,
    { input }: { input: ActionInput },
    context: ConfiscationContext,
  ) => {
    const { newAmount, ...rest } = input;
    const recorded = await recordEnforcementAction(
      context.store,
      { ...rest, newAmountPence: newAmount ?? null },
      context.today,
      context.settings.interestRateBasisPoints,
    );
    discloseOrder(context, recorded.order);
    return recorded;
  },
};
