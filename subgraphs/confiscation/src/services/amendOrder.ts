import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import type { Order } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { LedgerUnit } from '../store/enforcementWrites';
import type { AmendmentRow } from '../store/workflowWrites';
import type { AmendmentCause, FieldChange } from '../store/workflowTables';
import { type ProposedFacts, amendedOrder, changesOf } from './amendmentRules';
import { requireCourtOf } from './courtChecks';
import { enforcementError } from './enforcementErrors';
import { readAccountNumber, requireNotFuture } from './enforcementInput';
import { readIdempotencyKey } from './recordPayment';

/** An amendment as the mutation's input reads it (amounts in pence); a field left out or null stays as it is. */
export interface AmendmentRequest {
  accountNumber: string;
  amountOrderedPence?: number | null;
  orderedOn?: string | null;
  timeToPayEnds?: string | null;
  crownCourtCaseNumber?: string | null;
  crownCourtCode?: string | null;
  defendantPncId?: string | null;
  benefitPence?: number | null;
  availableAmountPence?: number | null;
  defaultSentenceMonths?: number | null;
  reason: string;
  idempotencyKey: string;
}

/** What amending gives back. */
export interface AmendedOrder {
  amendment: AmendmentRow;
  order: Order;
  replayed: boolean;
}

const REASON_LIMIT = 1000;

/** A reason for a change to the record: required, as the audit of the change needs it, and short. */
export function readReason(input: string, argument = 'reason'): string {
  const reason = input.trim();
  if (reason.length === 0) throw badUserInput(`${argument} must say why`, argument);
  if (reason.length > REASON_LIMIT) {
    throw badUserInput(
      `${argument} must be at most ${REASON_LIMIT} characters, got ${reason.length}`,
      argument,
    );
  }
  return reason;
}

/**
 * The facts a request proposes, read into their stored forms (identifiers checked, PNC IDs in long form, a Crown
 * Court centre checked against the court register as recording an order checks it).
 */
function proposedFacts(request: AmendmentRequest, today: string): ProposedFacts {
  const proposed: ProposedFacts = {};
  const given = <Value>(value: Value | null | undefined): value is Value =>
    value !== null && value !== undefined;
  if (given(request.amountOrderedPence)) proposed.amountOrderedPence = request.amountOrderedPence;
  if (given(request.benefitPence)) proposed.benefitPence = request.benefitPence;
  if (given(request.availableAmountPence)) proposed.availableAmountPence = request.availableAmountPence;
  if (given(request.defaultSentenceMonths)) proposed.defaultSentenceMonths = request.defaultSentenceMonths;
  if (given(request.orderedOn)) {
    requireNotFuture(request.orderedOn, today, 'orderedOn');
    proposed.orderedOn = request.orderedOn;
  }
  if (given(request.timeToPayEnds)) proposed.timeToPayEnds = request.timeToPayEnds;
  if (given(request.crownCourtCaseNumber)) {
    proposed.crownCourtCaseNumber = requireIdentifier(
      'crownCourtCaseNumber',
      request.crownCourtCaseNumber,
      'crownCourtCaseNumber',
    );
  }
  if (given(request.crownCourtCode)) {
    proposed.crownCourtCode = requireIdentifier('courtCode', request.crownCourtCode, 'crownCourtCode');
  }
  if (given(request.defendantPncId))
    proposed.defendantPncId = requirePncId(request.defendantPncId, 'defendantPncId');
  for (const field of ['benefitPence', 'availableAmountPence'] as const) {
    if ((proposed[field] ?? 0) < 0)
      throw badUserInput(`${field.replace('Pence', '')} cannot be negative`, field);
  }
  // Checked as recording checks it, after the input's forms: a centre of the register that makes orders.
  if (proposed.crownCourtCode !== undefined)
    requireCourtOf('CROWN', proposed.crownCourtCode, 'crownCourtCode');
  return proposed;
}

/** Who made a change, as the record keeps it: the subject of the caller's token. */
export interface Actor {
  subject: string;
}

/**
 * Amends an order inside a write's transaction: the changes checked against the order's rules and its ledger,
 * the order updated and the amendment (who, when, why, each field's old and new value) recorded with it. Used by
 * an investigator's amendment and by a discrepancy corrected to the court's value.
 */
export async function amendInTransaction(
  unit: LedgerUnit,
  order: Order,
  proposed: ProposedFacts,
  record: { cause: AmendmentCause; reason: string; actor: Actor; idempotencyKey: string | null },
  today: string,
  rate: number,
): Promise<{ amendment: AmendmentRow; order: Order }> {
  const changes = changesOf(order, proposed);
  if (changes.length === 0) {
    throw enforcementError('NOTHING_TO_AMEND', `Order ${order.accountNumber} already holds those values`);
  }
  const [payments, actions] = await Promise.all([unit.payments(), unit.actions()]);
  amendedOrder(order, changes, proposed, { payments, actions }, today, rate);
  const updated = await unit.updateOrder(
    Object.fromEntries(changes.map((change) => [change.field, proposed[change.field]])),
  );
  const amendment = await unit.insertAmendment({
    accountNumber: order.accountNumber,
    cause: record.cause,
    changes: JSON.stringify(changes),
    reason: record.reason,
    amendedBy: record.actor.subject,
    amendedAt: new Date().toISOString(),
    idempotencyKey: record.idempotencyKey,
  });
  return { amendment, order: updated };
}

/**
 * Amends an order's facts (the amount, dates, case and its Crown Court centre, defendant, the court's findings),
 * in one transaction. A
 * repeated idempotency key returns the first amendment; used with another request, it is refused.
 */
export async function amendOrder(
  store: ConfiscationStore,
  request: AmendmentRequest,
  actor: Actor,
  today: string,
  rate: number,
): Promise<AmendedOrder> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  const reason = readReason(request.reason);
  const proposed = proposedFacts(request, today);
  return store.withOrderLedger(accountNumber, async (unit) => {
    const earlier = await unit.amendmentByKey(idempotencyKey);
    if (earlier) {
      const changed = JSON.parse(earlier.changes) as FieldChange[];
      const same =
        earlier.accountNumber === accountNumber &&
        earlier.reason === reason &&
        changed.every((change) => String(proposed[change.field]) === change.to);
      if (!same || !unit.order) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey}" was already used for a different amendment`,
        );
      }
      return { amendment: earlier, order: unit.order, replayed: true };
    }
    const order = unit.order;
    if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${accountNumber}`);
    const amended = await amendInTransaction(
      unit,
      order,
      proposed,
      { cause: 'AMENDMENT', reason, actor, idempotencyKey },
      today,
      rate,
    );
    return { ...amended, replayed: false };
  });
}
