import { credentialOf } from '@lib/subgraph/credentialCarrier';
import type { ConfiscationContext } from '../context';
import { type AmendmentRequest, amendOrder } from '../services/amendOrder';
import {
  type ConfirmationRequest,
  confirmProbableDefendant,
  resolveDiscrepancy,
  type ResolutionRequest,
} from '../services/discrepancyResolutions';
import { type OutcomeRequest, recordEnforcementOutcome } from '../services/recordEnforcementOutcome';
import type { ResolutionDeps } from '../services/resolveDiscrepancy';
import { type ReversalRequest, reversePayment } from '../services/reversePayment';
import { discloseOrder } from './orderResolvers';

/** The amendment input as GraphQL hands it over: Money already read into pence by the scalar. */
type AmendmentInput = Omit<
  AmendmentRequest,
  'amountOrderedPence' | 'benefitPence' | 'availableAmountPence'
> & {
  amountOrdered?: number | null;
  benefit?: number | null;
  availableAmount?: number | null;
};

function actorOf(context: ConfiscationContext) {
  return { subject: context.caller?.subject ?? 'unknown' };
}

function resolutionDeps(context: ConfiscationContext): ResolutionDeps {
  return {
    store: context.store,
    courts: context.courts,
    credential: credentialOf(context.caller),
    actor: actorOf(context),
    today: context.today,
    rate: context.settings.interestRateBasisPoints,
  };
}

/** Whatever a write returns with its order: the order is disclosed for the audit log. */
function disclosed<Result extends { order: Parameters<typeof discloseOrder>[1] }>(
  context: ConfiscationContext,
  result: Result,
): Result {
  discloseOrder(context, result.order);
  return result;
}

/** The investigators' workflow: amendments, reversals, results of actions, and discrepancies resolved. */
export const workflowMutations = {
  amendConfiscationOrder: async (
    _parent: unknown,
    { input }: { input: AmendmentInput },
    context: ConfiscationContext,
  ) => {
    const { amountOrdered, benefit, availableAmount, ...rest } = input;
    return disclosed(
      context,
      await amendOrder(
        context.store,
        {
          ...rest,
          amountOrderedPence: amountOrdered,
          benefitPence: benefit,
          availableAmountPence: availableAmount,
        },
        actorOf(context),
        context.today,
        context.settings.interestRateBasisPoints,
      ),
    );
  },
  reverseConfiscationPayment: async (
    _parent: unknown,
    { input }: { input: ReversalRequest },
    context: ConfiscationContext,
  ) => disclosed(context, await reversePayment(context.store, input, actorOf(context))),
  recordEnforcementOutcome: async (
    _parent: unknown,
    { input }: { input: OutcomeRequest },
    context: ConfiscationContext,
  ) =>
    disclosed(
      context,
      await recordEnforcementOutcome(
        context.store,
        input,
        actorOf(context),
        context.today,
        context.settings.interestRateBasisPoints,
      ),
    ),
  resolveConfiscationDiscrepancy: async (
    _parent: unknown,
    { input }: { input: ResolutionRequest },
    context: ConfiscationContext,
  ) => disclosed(context, await resolveDiscrepancy(input, resolutionDeps(context))),
  confirmProbableDefendant: async (
    _parent: unknown,
    { input }: { input: ConfirmationRequest },
    context: ConfiscationContext,
  ) => disclosed(context, await confirmProbableDefendant(input, resolutionDeps(context))),
};
