import type { Order } from '../store/confiscationTables';
import type { ConfiscationStore } from '../store/confiscationStore';
import type { AmendmentRow } from '../store/workflowWrites';
import type { FieldChange } from '../store/workflowTables';
import type { Actor } from './amendOrder';
import { enforcementError } from './enforcementErrors';
import { orderMade } from './ledgerEvents';
import { type OrderAsMade, orderFacts, type OrderRequest } from './orderFacts';
import { readIdempotencyKey } from './recordPayment';

/** What recording an order gives back: the order as it stands. */
export interface RecordedOrder {
  order: Order;
  replayed: boolean;
}

/** An order's facts as first recorded: each field an amendment changed since, as it was before the first. */
function asFirstRecorded(order: Order, amendments: readonly AmendmentRow[]): Order {
  const first: Order = { ...order };
  for (const amendment of [...amendments].reverse()) {
    for (const change of JSON.parse(amendment.changes) as FieldChange[]) {
      const value = change.from;
      Object.assign(first, {
        [change.field]: value !== null && typeof order[change.field] === 'number' ? Number(value) : value,
      });
    }
  }
  return first;
}

function sameFacts(order: Order, facts: OrderAsMade): boolean {
  return (Object.keys(facts) as (keyof OrderAsMade)[]).every((field) => order[field] === facts[field]);
}

/**
 * Records a confiscation order made at a Crown Court hearing, in one transaction: the order checked
 * (orderFacts.ts), refused when one is already recorded for the same case (its number at its centre) and
 * defendant, given the next account number of the series, and announced (CONFISCATION_ORDER_MADE). A repeated
 * idempotency key returns the order first recorded with it, as it stands now; used for another order, it is
 * refused.
 */
export async function recordOrder(
  store: ConfiscationStore,
  request: OrderRequest,
  actor: Actor,
  today: string,
): Promise<RecordedOrder> {
  const idempotencyKey = readIdempotencyKey(request.idempotencyKey);
  const facts = orderFacts(request, today);
  return store.withOrderRegistration(async (unit) => {
    const earlier = await unit.orderByKey(idempotencyKey);
    if (earlier) {
      const amendments = await unit.amendmentsOf(earlier.accountNumber);
      if (!sameFacts(asFirstRecorded(earlier, amendments), facts)) {
        throw enforcementError(
          'IDEMPOTENCY_KEY_REUSED',
          `Idempotency key "${idempotencyKey}" was already used for a different order`,
        );
      }
      return { order: earlier, replayed: true };
    }
    const recorded = await unit.orderForCase(
      facts.crownCourtCaseNumber,
      facts.crownCourtCode,
      facts.defendantPncId ?? '',
    );
    if (recorded) {
      throw enforcementError(
        'ORDER_ALREADY_RECORDED',
        `The order in case ${facts.crownCourtCaseNumber} at ${facts.crownCourtCode} against this defendant is already recorded, as ${recorded.accountNumber}`,
        { accountNumber: recorded.accountNumber },
      );
    }
    const order = await unit.insertOrder({
      ...facts,
      accountNumber: await unit.allocateAccountNumber(),
      idempotencyKey,
      recordedBy: actor.subject,
      recordedAt: new Date().toISOString(),
    });
    await unit.recordEvent(orderMade(order));
    return { order, replayed: false };
  });
}
