import { GraphQLError } from 'graphql';
import type { Caller } from '@lib/auth/caller';
import type { LinkAttempts } from '../linking/linkAttempts';
import type { PrisonerLocator } from '../prisoners/prisonerLocator';
import { londonNow } from '@lib/time/londonTime';
import { visitRefusal } from '../services/visitRefusal';
import type { StoreWriter, WriteUnit } from '../store/storeWriter';
import type { AllowanceStore } from '../store/allowanceStore';
import type { VisitsStore } from '../store/visitsStore';
import type { VisitTable } from '../store/visitsTables';
import { isUniqueViolation } from '@lib/store/uniqueViolation';
import type { ServiceWarning } from '@lib/subgraph/subgraphDescriptor';

/** What the booking use cases stand on. */
export interface BookingDependencies {
  store: VisitsStore;
  /** The reads behind a prisoner's visiting allowance. */
  allowances: AllowanceStore;
  writer: StoreWriter;
  locator: PrisonerLocator;
  /** Failed attempts to link a prisoner to a booking account, counted to slow and then refuse them. */
  linkAttempts: LinkAttempts;
  /** The clock (tests may fix it). */
  now: () => Date;
  /** Where a store fault behind a refused write is reported (the process's log). */
  warn: ServiceWarning;
}

/** Who is asking: the caller the gateway vouched for, and the credential it vouched with (passed to P-Nomis). */
export interface Actor {
  caller: Caller | null;
  credential: string | null;
}

/** The caller's subject; the SDL lets no anonymous caller reach a booking. */
export function subjectOf(actor: Actor): string {
  if (!actor.caller)
    throw new GraphQLError('Sign in to book a visit', { extensions: { code: 'UNAUTHENTICATED' } });
  return actor.caller.subject;
}

/** The instant, and the date and time in London, of one request. */
export function moment(dependencies: BookingDependencies) {
  const now = dependencies.now();
  return { now, iso: now.toISOString(), ...londonNow(now) };
}

/** Whether a visit's session has started (or is over) at a moment in London. */
export function hasStarted(
  visit: Pick<VisitTable, 'sessionDate' | 'startTime'>,
  at: { date: string; time: string },
) {
  return visit.sessionDate < at.date || (visit.sessionDate === at.date && visit.startTime <= at.time);
}

export { isUniqueViolation };

/**
 * Runs a write; a refusal passes through, and a fault of the store becomes STORE_UNAVAILABLE: the write was
 * undone whole, so the caller may simply try again.
 */
export async function write<Result>(
  dependencies: BookingDependencies,
  unit: WriteUnit<Result>,
): Promise<Result> {
  try {
    return await dependencies.writer.write(unit);
  } catch (error) {
    if (error instanceof GraphQLError || isUniqueViolation(error)) throw error;
    dependencies.warn('visits store write failed', error);
    throw visitRefusal(
      'STORE_UNAVAILABLE',
      'The visits store could not record this; nothing was changed, try again',
    );
  }
}
