import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { visitRefusal } from '../services/visitRefusal';
import type { VisitTable } from '../store/visitsTables';
import {
  type Actor,
  type BookingDependencies,
  hasStarted,
  moment,
  subjectOf,
  write,
} from './bookingDependencies';
import { requireVisibleVisit, statusNow } from './visitAccess';

/** How a visit went, as prison staff record it. */
export type VisitOutcomeValue =
  'COMPLETED' | 'VISITOR_DID_NOT_ATTEND' | 'PRISONER_REFUSED' | 'TERMINATED_ON_SECURITY_GROUNDS';

/** What staff send to record a visit's outcome. */
export interface RecordVisitOutcomeInput {
  reference: string;
  outcome: VisitOutcomeValue;
  notes?: string | null;
}

/**
 * Records how a booked visit went, once it has begun; staff only, at the prisons of their caseload. Recording
 * the same outcome again returns the visit unchanged; a different one is refused.
 */
export async function recordVisitOutcome(
  dependencies: BookingDependencies,
  actor: Actor,
  input: RecordVisitOutcomeInput,
): Promise<VisitTable> {
  const reference = requireIdentifier('visitReference', input.reference, 'reference');
  const notes = input.notes?.trim() || null;
  if (notes !== null && notes.length > 500)
    throw badUserInput('Notes may be at most 500 characters', 'notes');
  const [found] = await dependencies.store.findVisitsByReferences([reference]);
  const visit = requireVisibleVisit(actor.caller, found, reference);
  const at = moment(dependencies);
  const status = statusNow(visit, at.iso);
  if (status === 'CANCELLED') throw visitRefusal('VISIT_CANCELLED', `Visit ${reference} was cancelled`);
  if (status !== 'BOOKED' || !hasStarted(visit, at)) {
    throw visitRefusal(
      'VISIT_NOT_YET_TAKEN_PLACE',
      `Visit ${reference} has not taken place yet: record its outcome once it has begun`,
    );
  }
  if (visit.outcome !== null) {
    if (visit.outcome === input.outcome && visit.outcomeNotes === notes) return visit;
    throw visitRefusal(
      'OUTCOME_ALREADY_RECORDED',
      `Visit ${reference} already has the outcome ${visit.outcome}`,
    );
  }
  const changes = {
    outcome: input.outcome,
    outcomeNotes: notes,
    outcomeRecordedAt: at.iso,
    outcomeRecordedBy: subjectOf(actor),
  };
  const recorded = await write(dependencies, async (trx) => {
    const result = await trx
      .updateTable('visit')
      .set(changes)
      .where('reference', '=', reference)
      .where('status', '=', 'BOOKED')
      .where('outcome', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  });
  if (!recorded) {
    throw visitRefusal('OUTCOME_ALREADY_RECORDED', `Visit ${reference} changed meanwhile; look at it again`);
  }
  return { ...visit, ...changes };
}
