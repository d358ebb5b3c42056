import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { visitRefusal } from '../services/visitRefusal';
import { bookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import type { VisitTable } from '../store/visitsTables';
import { visitingOrderStatements } from '../store/visitingOrderStatements';
import {
  type Actor,
  type BookingDependencies,
  hasStarted,
  moment,
  subjectOf,
  write,
} from './bookingDependencies';
import { requireChangeableVisit } from '../linking/bookerLinks';
import { statusNow } from './visitAccess';
import { requireReason } from '@lib/graphql/requireReason';
import { recordEvent } from '@lib/events/recordEvent';
import { visitEvent } from './visitAnnouncements';

/** What a caller sends to cancel a visit or a reservation. */
export interface CancelVisitInput {
  reference: string;
  reason: string;
}

/**
 * The write of a cancellation: only a visit still booked or held changes, once, so a repeated cancellation
 * gives nothing back twice. The prisoner's entitlement row is locked first, as a booking locks it.
 */
function cancelUnit(
  reference: string,
  changes: Pick<VisitTable, 'cancelledAt' | 'cancelledBy' | 'cancellationReason'>,
): WriteUnit<VisitTable> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    const current = await statements.findVisit(reference);
    if (!current) throw visitRefusal('VISIT_NOT_FOUND', `There is no visit ${reference}`);
    if (current.status !== 'BOOKED' && current.status !== 'RESERVED') return current;
    await statements.lockExistingPrisoner(current.prisonNumber);
    const cancelled = { ...changes, status: 'CANCELLED' as const, holdExpiresAt: null };
    if (!(await statements.updateVisitIf(reference, current.status, cancelled))) return current;
    // The very order the visit used is free again (a privileged one keeps its lapse date).
    if (current.entitlementUsed === 'VISITING_ORDER') {
      await visitingOrderStatements(trx, dialect).giveBack([reference]);
    }
    if (current.status === 'BOOKED') await recordEvent(trx, visitEvent('VISIT_CANCELLED', current));
    return { ...current, ...cancelled };
  };
}

/**
 * Cancels a visit (or releases a reservation) before it takes place, with a reason: its place in the session
 * and the prisoner's visiting order come back. Cancelling a cancelled visit returns it unchanged.
 */
export async function cancelVisit(
  dependencies: BookingDependencies,
  actor: Actor,
  input: CancelVisitInput,
): Promise<VisitTable> {
  const reference = requireIdentifier('visitReference', input.reference, 'reference');
  const reason = requireReason(input.reason);
  const [found] = await dependencies.store.findVisitsByReferences([reference]);
  const { visit } = await requireChangeableVisit(dependencies.store, actor, found, reference);
  const at = moment(dependencies);
  const status = statusNow(visit, at.iso);
  if (status === 'CANCELLED') return visit;
  if (status === 'EXPIRED')
    throw visitRefusal('HOLD_EXPIRED', `The reservation ${reference} has already lapsed`);
  if (hasStarted(visit, at)) {
    throw visitRefusal(
      'VISIT_ALREADY_TAKEN_PLACE',
      `Visit ${reference} on ${visit.sessionDate} has already begun`,
    );
  }
  const changes = { cancelledAt: at.iso, cancelledBy: subjectOf(actor), cancellationReason: reason };
  return write(dependencies, cancelUnit(reference, changes));
}
