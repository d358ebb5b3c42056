import { badUserInput } from '@lib/graphql/errors';
import { formatPence } from '@lib/money';
import type { Order } from '../store/confiscationTables';
import type { EnforcementActionKind, EnforcementOutcome } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { ActionRow } from '../store/enforcementWrites';
import { enforcementError } from './enforcementErrors';
import { readAccountNumber, requireNotFuture, requireOrder, requirePositive } from './enforcementInput';
import { orderPosition } from './orderPosition';
import { defaultDueOn, RESULTS_OF } from './enforcementResults';
import { isClosed } from './orderStatus';
import { readIdempotencyKey } from './recordPayment';
import { enforcementActionTaken } from './ledgerEvents';

/** An enforcement action to record, as the mutation's input reads (amounts in pence). */
export interface ActionRequest {
  accountNumber: string;
  kind: EnforcementActionKind;
  takenOn: string;
  outcome: EnforcementOutcome;
  newAmountPence?: number | null;
  notes?: string | null;
  /** When a pending action's result is due; defaults by kind (enforcementResults.ts). */
  dueOn?: string | null;
  idempotencyKey?: string | null;
}

/** What recording an action gives back. */
export interface RecordedAction {
  action: ActionRow;
  order: Order;
  replayed: boolean;
}

const NOTES_LIMIT = 1000;

/** Checks what can be checked without the order: the new amount goes with variations only, notes are short. */
function checkRequest(request: ActionRequest): { newAmountPence: number | null; notes: string | null } {
  const newAmountPence = request.newAmountPence ?? null;
  if (request.kind === 'VARIATION' && newAmountPence === null) {
    throw badUserInput('A VARIATION needs newAmount: the amount due from takenOn', 'newAmount');
  }
  if (request.kind !== 'VARIATION' && newAmountPence !== null) {
    throw badUserInput(`newAmount goes with a VARIATION only, not with ${request.kind}`, 'newAmount');
  }
  if (newAmountPence !== null) requirePositive(newAmountPence, 'The new amount');
  const notes = request.notes?.trim() || null;
  if (notes !== null && notes.length > NOTES_LIMIT) {
    throw badUserInput(`notes must be at most ${NOTES_LIMIT} characters, got ${notes.length}`, 'notes');
  }
  return { newAmountPence, notes };
}

/**
 * Records an enforcement action on an order, in one transaction: refused on a closed order, and for a variation
 * to less than has already been paid. A repeated idempotency key returns the action first recorded with it.
 */
export async function recordEnforcementAction(
  store: ConfiscationStore,
  request: ActionRequest,
  today: string,
  rate: number,
): Promise<RecordedAction> {
  const accountNumber = readAccountNumber(request.accountNumber, 'accountNumber');
  const idempotencyKey = request.idempotencyKey == null ? null : readIdempotencyKey(request.idempotencyKey);
  const { newAmountPence, notes } = checkRequest(request);
  requireNotFuture(request.takenOn, today, 'takenOn');
  if (request.dueOn != null && request.dueOn < request.takenOn) {
    throw badUserInput(
      `dueOn ${request.dueOn} is before the action was taken on ${request.takenOn}`,
      'dueOn',
    );
  }
  if (request.outcome !== 'PENDING' && !RESULTS_OF[request.kind].includes(request.outcome)) {
    throw enforcementError(
      'OUTCOME_NOT_ALLOWED',
      `A ${request.kind} can turn out ${RESULTS_OF[request.kind].join(', ')}, not ${request.outcome}`,
    );
  }
  return store.withOrderLedger(accountNumber, async (unit) => {
    const earlier = idempotencyKey === null ? undefined : await unit.actionByKey(idempotencyKey);
    if (earlier) {
      const same =
        earlier.accountNumber === accountNumber &&
        earlier.kind === request.kind &&
        earlier.takenOn === request.takenOn &&
        earlier.outcome === request.outcome &&
        earlier.newAmountPence === newAmountPence &&
        earlier.notes === notes;
      if (!same || !unit.order) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey ?? ''}" was already used for a different enforcement action`,
        );
      }
      return { action: earlier, order: unit.order, replayed: true };
    }
    const order = requireOrder(unit, accountNumber, request.takenOn, 'takenOn');
    const [payments, actions] = await Promise.all([unit.payments(), unit.actions()]);
    const now = orderPosition(order, payments, actions, today, rate);
    if (isClosed(now.status)) {
      throw enforcementError(
        'ORDER_CLOSED',
        `Confiscation order ${accountNumber} is ${now.status === 'PAID' ? 'paid' : 'written off'}: no enforcement action can be recorded`,
        { status: now.status },
      );
    }
    if (newAmountPence !== null && request.outcome === 'SUCCEEDED' && newAmountPence < now.amountPaidPence) {
      throw enforcementError(
        'VARIATION_BELOW_PAID',
        `The amount cannot be varied to ${formatPence(newAmountPence)}: ${formatPence(now.amountPaidPence)} has been paid already`,
        { amountPaid: formatPence(now.amountPaidPence) },
      );
    }
    const action = await unit.insertAction({
      accountNumber,
      kind: request.kind,
      takenOn: request.takenOn,
      outcome: request.outcome,
      newAmountPence,
      notes,
      idempotencyKey,
      recordedAt: new Date().toISOString(),
      dueOn: request.dueOn ?? defaultDueOn(request.kind, request.takenOn, order.defaultSentenceMonths),
      // Recorded with its result, the action had it the day it was taken.
      outcomeOn: request.outcome === 'PENDING' ? null : request.takenOn,
    });
    await unit.recordEvent(enforcementActionTaken(order, action));
    return { action, order, replayed: false };
  });
}
