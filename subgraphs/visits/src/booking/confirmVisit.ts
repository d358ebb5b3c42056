import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { prisonSettings } from '../services/prisonSettings';
import { checkVisitors, type CheckedVisitor, type VisitorInput } from '../services/visitorRules';
import { visitRefusal } from '../services/visitRefusal';
import { bookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import type { VisitorTable, VisitTable } from '../store/visitsTables';
import { type Actor, type BookingDependencies, moment, write } from './bookingDependencies';
import { expireHoldsUnit } from './holdExpiry';
import { requireChangeableVisit } from '../linking/bookerLinks';
import { requireVisitable } from './prisonerWhereabouts';
import { statusNow } from './visitAccess';
import { recordEvent } from '@lib/events/recordEvent';
import { visitEvent } from './visitAnnouncements';

/** What a caller sends to confirm a reservation: its reference and the visitors. */
export interface ConfirmVisitInput {
  reference: string;
  visitors: readonly VisitorInput[];
}

type Named = Pick<VisitorTable, 'firstName' | 'lastName' | 'dateOfBirth' | 'relationship'> & {
  lead: unknown;
};

function party(visitors: readonly Named[]): string {
  return JSON.stringify(
    visitors
      .map((visitor) => [
        visitor.firstName,
        visitor.lastName,
        visitor.dateOfBirth,
        visitor.relationship,
        !!visitor.lead,
      ])
      .sort(),
  );
}

/** The write of a confirmation: books the reservation if its hold still stands; otherwise reports its state. */
function confirmUnit(
  reference: string,
  visitors: readonly CheckedVisitor[],
  now: string,
): WriteUnit<{ status: VisitTable['status']; visit: VisitTable }> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    const current = await statements.findVisit(reference);
    if (!current) throw visitRefusal('VISIT_NOT_FOUND', `There is no visit ${reference}`);
    const status = statusNow(current, now);
    if (status !== 'RESERVED') return { status, visit: current };
    const changes = { status: 'BOOKED' as const, holdExpiresAt: null, bookedAt: now };
    await statements.updateVisitIf(reference, 'RESERVED', changes);
    await statements.insertVisitors(
      visitors.map((visitor) => ({ visitReference: reference, ...visitor, lead: visitor.lead ? 1 : 0 })),
    );
    await recordEvent(trx, visitEvent('VISIT_BOOKED', current));
    return { status: 'RESERVED', visit: { ...current, ...changes } };
  };
}

/**
 * Confirms a reservation within its hold, naming the visitors: checks them against the prison's rules and asks
 * P-Nomis again that the prisoner is still held at that prison, and that the visitors may come that day. Confirming a booked visit again with the same
 * visitors returns it unchanged.
 */
export async function confirmVisit(
  dependencies: BookingDependencies,
  actor: Actor,
  input: ConfirmVisitInput,
): Promise<VisitTable> {
  const reference = requireIdentifier('visitReference', input.reference, 'reference');
  const [found] = await dependencies.store.findVisitsByReferences([reference]);
  const { visit, link } = await requireChangeableVisit(dependencies.store, actor, found, reference);
  const settings = prisonSettings(await dependencies.store.findPrisonSettings(visit.prisonCode));
  const visitors = checkVisitors(input.visitors, visit.sessionDate, settings);
  const at = moment(dependencies);
  let outcome = { status: statusNow(visit, at.iso), visit };
  if (outcome.status === 'RESERVED') {
    await requireVisitable(
      dependencies,
      actor,
      { prisonNumber: visit.prisonNumber, prisonCode: visit.prisonCode, link },
      { date: visit.sessionDate, restriction: visit.restriction, visitors },
    );
    outcome = await write(dependencies, confirmUnit(reference, visitors, at.iso));
  }
  switch (outcome.status) {
    case 'RESERVED':
      return outcome.visit;
    case 'BOOKED': {
      const booked = await dependencies.store.findVisitorsByReferences([reference]);
      if (party(booked) === party(visitors)) return outcome.visit;
      throw visitRefusal(
        'VISIT_ALREADY_CONFIRMED',
        `Visit ${reference} is already booked, with other visitors`,
      );
    }
    case 'CANCELLED':
      throw visitRefusal('VISIT_CANCELLED', `Visit ${reference} was cancelled`);
    case 'EXPIRED':
      await write(dependencies, expireHoldsUnit(visit.prisonNumber, at.iso));
      throw visitRefusal(
        'HOLD_EXPIRED',
        `The reservation ${reference} lapsed at ${visit.holdExpiresAt ?? 'its expiry'}; reserve again`,
      );
  }
}
