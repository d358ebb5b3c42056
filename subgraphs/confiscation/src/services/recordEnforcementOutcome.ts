import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import type { EnforcementOutcome, Order } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { ActionRow } from '../store/enforcementWrites';
import type { Actor } from './amendOrder';
import { enforcementError } from './enforcementErrors';
import { requireNotFuture } from './enforcementInput';
import { RESULTS_OF } from './enforcementResults';
import { orderPosition } from './orderPosition';
import { readIdempotencyKey } from './recordPayment';
import { readRecordNumber } from './reversePayment';

/** A result to record, as the mutation's input reads it. */
export interface OutcomeRequest {
  actionId: string;
  outcome: EnforcementOutcome;
  outcomeOn: string;
  notes?: string | null;
  idempotencyKey: string;
}

/** What recording a result gives back. */
export interface RecordedOutcome {
  action: ActionRow;
  order: Order;
  replayed: boolean;
}

function readNotes(notes: string | null | undefined): string | null {
  const text = notes?.trim() || null;
  if (text !== null && text.length > 1000) {
    throw badUserInput(`notes must be at most 1000 characters, got ${text.length}`, 'notes');
  }
  return text;
}

/** Refuses a result the action cannot have: PENDING is no result, and each kind has its own (RESULTS_OF). */
function requireResultOf(action: ActionRow, outcome: EnforcementOutcome): void {
  if (action.outcome !== 'PENDING') {
    throw enforcementError(
      'OUTCOME_ALREADY_FINAL',
      `Action ${action.actionId} already has its result, ${action.outcome}${action.outcomeOn ? ` on ${action.outcomeOn}` : ''}: a result is not changed`,
      { outcome: action.outcome },
    );
  }
  const allowed = RESULTS_OF[action.kind];
  if (!allowed.includes(outcome)) {
    throw enforcementError(
      'OUTCOME_NOT_ALLOWED',
      `A ${action.kind} can turn out ${allowed.join(', ')}, not ${outcome}`,
      { allowed: allowed.join(' ') },
    );
  }
}

/**
 * Records how a pending enforcement action turned out (a warrant executed, a hearing held, a reminder unpaid), in
 * one transaction on the order's ledger: only a PENDING action takes a result, once, and only one its kind can
 * have, dated between the action and today. A variation or write-off that succeeds takes effect on that date. A
 * repeated idempotency key returns the first result.
 */
export async function recordEnforcementOutcome(
  store: ConfiscationStore,
  request: OutcomeRequest,
  actor: Actor,
  today: string,
  rate: number,
): Promise<RecordedOutcome> {
  const actionId = readRecordNumber(request.actionId, 'actionId');
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  const notes = readNotes(request.notes);
  requireNotFuture(request.outcomeOn, today, 'outcomeOn');
  const accountNumber = await store.accountOfAction(actionId);
  if (accountNumber === null)
    throw enforcementError('NOT_FOUND', `There is no enforcement action ${actionId}`);
  return store.withOrderLedger(accountNumber, async (unit) => {
    const order = unit.order;
    if (!order) throw enforcementError('NOT_FOUND', `There is no confiscation order ${accountNumber}`);
    const earlier = await unit.actionByOutcomeKey(idempotencyKey);
    if (earlier) {
      if (
        earlier.actionId !== actionId ||
        earlier.outcome !== request.outcome ||
        earlier.outcomeOn !== request.outcomeOn
      ) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey}" was already used for a different result`,
        );
      }
      return { action: earlier, order, replayed: true };
    }
    const action = await unit.actionById(actionId);
    if (!action) throw enforcementError('NOT_FOUND', `There is no enforcement action ${actionId}`);
    requireResultOf(action, request.outcome);
    if (request.outcomeOn < action.takenOn) {
      throw badUserInput(
        `outcomeOn ${request.outcomeOn} is before the action was taken on ${action.takenOn}`,
        'outcomeOn',
      );
    }
    if (action.kind === 'VARIATION' && request.outcome === 'SUCCEEDED' && action.newAmountPence !== null) {
      const paid = orderPosition(order, await unit.payments(), [], today, rate).amountPaidPence;
      if (action.newAmountPence < paid) {
        throw enforcementError(
          'VARIATION_BELOW_PAID',
          `The amount cannot be varied to ${formatPence(action.newAmountPence)}: ${formatPence(paid)} has been paid already`,
          { amountPaid: formatPence(paid) },
        );
      }
    }
    const updated = await unit.updateActionOutcome(actionId, {
      outcome: request.outcome,
      outcomeOn: request.outcomeOn,
      outcomeNotes: notes,
      outcomeRecordedBy: actor.subject,
      outcomeIdempotencyKey: idempotencyKey,
    });
    return { action: updated, order, replayed: false };
  });
}
