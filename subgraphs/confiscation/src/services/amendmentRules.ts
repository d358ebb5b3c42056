import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import { maximumDefaultTermMonths } from '@lib/reference/defaultTerms';
import type { Order } from '../store/confiscationTables';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';
import type { AmendableField, FieldChange } from '../store/workflowTables';
import { enforcementError } from './enforcementErrors';
import { requirePositive } from './enforcementInput';
import { orderPosition } from './orderPosition';

/** New values for some of an order's facts; a field left out stays as it is. */
export type ProposedFacts = Partial<Pick<Order, AmendableField>>;

const AMENDABLE: readonly AmendableField[] = [
  'amountOrderedPence',
  'orderedOn',
  'timeToPayEnds',
  'crownCourtCaseNumber',
  'crownCourtCode',
  'defendantPncId',
  'benefitPence',
  'availableAmountPence',
  'defaultSentenceMonths',
];

function asText(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

/** The fields whose proposed value differs from the order's, with both values; an empty list changes nothing. */
export function changesOf(order: Order, proposed: ProposedFacts): FieldChange[] {
  return AMENDABLE.flatMap((field) => {
    const to = proposed[field];
    if (to === undefined || to === order[field]) return [];
    return [{ field, from: asText(order[field]), to: asText(to) }];
  });
}

/** The court's findings must fit the amount ordered: it is at most the benefit and at most what was available. */
export function checkFindings(
  next: Pick<Order, 'amountOrderedPence' | 'benefitPence' | 'availableAmountPence'>,
): void {
  if (next.benefitPence < next.amountOrderedPence || next.availableAmountPence < next.amountOrderedPence) {
    throw enforcementError(
      'FINDINGS_INCONSISTENT',
      `The amount ordered (${formatPence(next.amountOrderedPence)}) cannot exceed the benefit (${formatPence(next.benefitPence)}) or the available amount (${formatPence(next.availableAmountPence)})`,
    );
  }
}

/** The default term must be in the statutory band of the amount ordered (POCA 2002 s.35(2A)). */
export function checkDefaultTerm(next: Pick<Order, 'amountOrderedPence' | 'defaultSentenceMonths'>): void {
  const maximum = maximumDefaultTermMonths(next.amountOrderedPence);
  if (!Number.isInteger(next.defaultSentenceMonths) || next.defaultSentenceMonths < 1) {
    throw badUserInput(
      'defaultSentenceMonths must be a whole number of months, at least 1',
      'defaultSentenceMonths',
    );
  }
  if (next.defaultSentenceMonths > maximum) {
    throw enforcementError(
      'DEFAULT_TERM_OUT_OF_BAND',
      `A default term of ${next.defaultSentenceMonths} months is more than the ${maximum} months the law allows for ${formatPence(next.amountOrderedPence)}`,
      { maximumMonths: String(maximum) },
    );
  }
}

/** The dates must keep their order: made by today, before its time to pay ends and before anything on it. */
function checkDates(next: Order, ledger: Ledger, today: string): void {
  if (next.orderedOn > today) throw badUserInput(`orderedOn ${next.orderedOn} is in the future`, 'orderedOn');
  if (next.timeToPayEnds < next.orderedOn) {
    throw badUserInput(
      `The time to pay cannot end (${next.timeToPayEnds}) before the order was made (${next.orderedOn})`,
      'timeToPayEnds',
    );
  }
  const earliest = [
    ...ledger.payments.map((p) => p.paidOn),
    ...ledger.actions.map((a) => a.takenOn),
  ].sort()[0];
  if (earliest !== undefined && earliest < next.orderedOn) {
    throw enforcementError(
      'LEDGER_BEFORE_ORDER',
      `The order cannot be dated ${next.orderedOn}: a payment or action on it is dated ${earliest}`,
    );
  }
}

interface Ledger {
  payments: readonly PaymentRow[];
  actions: readonly ActionRow[];
}

/**
 * The order as it would be after the changes, refused (with a code saying which rule) when it breaks a rule the
 * order must keep: a positive amount; findings that fit it; a default term in the amount's statutory band;
 * dates in order; and no more paid than it would then be owed. Rules about fields not changed are not judged,
 * so that an order keyed wrongly elsewhere can still be amended one fact at a time.
 */
export function amendedOrder(
  order: Order,
  changes: readonly FieldChange[],
  proposed: ProposedFacts,
  ledger: Ledger,
  today: string,
  rate: number,
): Order {
  const next: Order = { ...order, ...proposed };
  const changed = new Set(changes.map((change) => change.field));
  const amount = changed.has('amountOrderedPence');
  if (amount) requirePositive(next.amountOrderedPence, 'The amount ordered');
  if (amount || changed.has('benefitPence') || changed.has('availableAmountPence')) checkFindings(next);
  if (amount || changed.has('defaultSentenceMonths')) checkDefaultTerm(next);
  if (changed.has('orderedOn') || changed.has('timeToPayEnds')) checkDates(next, ledger, today);
  const position = orderPosition(next, ledger.payments, ledger.actions, today, rate);
  if (position.overpaidPence > 0) {
    throw enforcementError(
      'AMENDMENT_OVERPAYS',
      `After the amendment ${formatPence(position.amountPaidPence)} paid would be ${formatPence(position.overpaidPence)} more than is owed`,
    );
  }
  return next;
}
