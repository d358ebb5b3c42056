import { formatPence } from '@lib/money';
import type { ConfiscationContext } from '../context';
import type { Order } from '../store/confiscationTables';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';
import type { AmendmentRow, ResolutionRow } from '../store/workflowWrites';
import type { AmendableField, FieldChange } from '../store/workflowTables';

/** The name of each amendable fact on ConfiscationOrder, and whether it is an amount (shown as a decimal). */
const GRAPH_FIELD: Record<AmendableField, [name: string, money: boolean]> = {
  amountOrderedPence: ['amountOrdered', true],
  benefitPence: ['benefit', true],
  availableAmountPence: ['availableAmount', true],
  orderedOn: ['orderedOn', false],
  timeToPayEnds: ['timeToPayEnds', false],
  crownCourtCaseNumber: ['crownCourtCaseNumber', false],
  crownCourtCode: ['crownCourtCode', false],
  defendantPncId: ['defendantPncId', false],
  defaultSentenceMonths: ['defaultSentenceMonths', false],
};

function shown(value: string | null, money: boolean): string | null {
  return value !== null && money ? formatPence(Number(value)) : value;
}

/** The fields of the workflow's records: amendments, resolutions, reversals and overdue actions. */
export const workflowFieldResolvers = {
  ConfiscationOrder: {
    amendments: (order: Order, _args: unknown, context: ConfiscationContext) =>
      context.amendmentsByAccountNumber.load(order.accountNumber),
    discrepancyResolutions: (order: Order, _args: unknown, context: ConfiscationContext) =>
      context.resolutionsByAccountNumber.load(order.accountNumber),
  },
  OrderAmendment: {
    amendmentId: (amendment: AmendmentRow) => String(amendment.amendmentId),
    changes: (amendment: AmendmentRow) =>
      (JSON.parse(amendment.changes) as FieldChange[]).map((change) => {
        const [field, money] = GRAPH_FIELD[change.field];
        return { field, previousValue: shown(change.from, money), newValue: shown(change.to, money) };
      }),
  },
  DiscrepancyResolution: {
    resolutionId: (resolution: ResolutionRow) => String(resolution.resolutionId),
    amendment: async (resolution: ResolutionRow, _args: unknown, context: ConfiscationContext) =>
      resolution.amendmentId === null
        ? null
        : ((await context.amendmentsByAccountNumber.load(resolution.accountNumber)).find(
            (amendment) => amendment.amendmentId === resolution.amendmentId,
          ) ?? null),
  },
  Payment: {
    reverses: (payment: PaymentRow) =>
      payment.reversesPaymentId === null ? null : String(payment.reversesPaymentId),
    reversedBy: async (payment: PaymentRow, _args: unknown, context: ConfiscationContext) => {
      const entries = await context.paymentsByAccountNumber.load(payment.accountNumber);
      const reversal = entries.find((entry) => entry.reversesPaymentId === payment.paymentId);
      return reversal ? String(reversal.paymentId) : null;
    },
  },
  EnforcementAction: {
    overdue: (action: ActionRow, _args: unknown, context: ConfiscationContext) =>
      action.outcome === 'PENDING' && action.dueOn !== null && action.dueOn < context.today,
  },
};
