import type { PrisonerWhereabouts } from '../prisoners/prisonerLocator';
import { isoWeekOf } from '@lib/time/londonTime';
import { HOLD_MINUTES, type PrisonSettings } from '../services/prisonSettings';
import { allowanceFor, orderToUse } from '../services/visitingOrders';
import type { CheckedVisitor } from '../services/visitorRules';
import { visitRefusal } from '../services/visitRefusal';
import { bookingStatements, type BookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import { visitingOrderStatements, type VisitingOrderStatements } from '../store/visitingOrderStatements';
import type {
  EntitlementUsed,
  SessionTemplateTable,
  VisitingEntitlementTable,
  VisitTable,
} from '../store/visitsTables';
import { ordersToday } from './visitingOrderAccount';

type LockedEntitlement = Omit<VisitingEntitlementTable, 'prisonNumber'>;
import type { PlaceVisitRequest } from './placeRequest';
import { newVisitReference } from './visitReference';
import { recordEvent } from '@lib/events/recordEvent';
import { visitEvent } from './visitAnnouncements';

/** Everything a reservation or booking has established before it writes. */
export interface PlaceVisitPlan {
  request: PlaceVisitRequest;
  visitors: readonly CheckedVisitor[];
  template: Pick<
    SessionTemplateTable,
    'prisonCode' | 'startTime' | 'endTime' | 'openCapacity' | 'closedCapacity'
  > & {
    sessionTemplateId: number;
  };
  settings: PrisonSettings;
  whereabouts: PrisonerWhereabouts;
  bookedBy: string;
  now: Date;
  today: string;
}

/** The outcome of the write: a new visit, or the one an earlier request with the same key made. */
export type PlaceVisitOutcome = { visit: VisitTable; replayed: boolean };

/** The entitlement a visit takes: a place in the remand weekly limit, or the visiting order it uses. */
type EntitlementTaken = { used: EntitlementUsed; visitingOrderId: number | null };

/** Takes the prisoner's entitlement for the visit: a visiting order, or a place in the remand weekly limit. */
async function takeEntitlement(
  trx: { statements: BookingStatements; orders: VisitingOrderStatements },
  plan: PlaceVisitPlan,
  locked: LockedEntitlement,
  now: string,
): Promise<EntitlementTaken> {
  const { statements, orders } = trx;
  const { request, settings, today } = plan;
  await orders.giveBack(await statements.expireLapsedHolds(request.prisonNumber, now));
  const sameDay = await statements.liveVisitsBetween(request.prisonNumber, request.date, request.date, now);
  if (
    sameDay.some(
      (visit) => visit.startTime < plan.template.endTime && plan.template.startTime < visit.endTime,
    )
  ) {
    throw visitRefusal(
      'OVERLAPPING_VISIT',
      `${request.prisonNumber} already has a visit on ${request.date} at a time that overlaps this session`,
    );
  }
  if (plan.whereabouts.status === 'SENTENCED') {
    const allowance = allowanceFor(settings, plan.whereabouts.incentiveLevel);
    const held = await ordersToday(orders, request.prisonNumber, locked, today, allowance);
    const order = orderToUse(held.available);
    if (!order || order.id === null) {
      throw visitRefusal(
        'NO_VISITING_ORDER_BALANCE',
        `${request.prisonNumber} has no visiting orders left; the allowance renews on ${held.renewsOn}`,
        { renewsOn: held.renewsOn },
      );
    }
    return { used: 'VISITING_ORDER', visitingOrderId: order.id };
  }
  const week = isoWeekOf(request.date);
  const booked = await statements.liveVisitsBetween(request.prisonNumber, week.monday, week.sunday, now);
  if (booked.length >= settings.remandVisitsPerWeek) {
    throw visitRefusal(
      'REMAND_WEEKLY_LIMIT_REACHED',
      `${request.prisonNumber} is on remand and already has ${booked.length} visits in the week of ` +
        `${week.monday}: the limit is ${settings.remandVisitsPerWeek} a week`,
    );
  }
  return { used: 'REMAND_ALLOWANCE', visitingOrderId: null };
}

/** Takes a place in the session, refusing when its open or closed places are all taken. */
async function takePlace(statements: BookingStatements, plan: PlaceVisitPlan, now: string): Promise<void> {
  const { request, template } = plan;
  await statements.lockSlot(template.sessionTemplateId, request.date, template.prisonCode);
  // Read under the session's lock, which closing the day takes too: a booking either sees the day closed or is
  // listed among the visits to rearrange.
  const session = await statements.sessionOnDate(
    template.prisonCode,
    template.sessionTemplateId,
    request.date,
    now,
  );
  if (session.blockedReason !== null) {
    throw visitRefusal(
      'VISIT_DATE_BLOCKED',
      `${template.prisonCode} has closed visits on ${request.date}: ${session.blockedReason}`,
    );
  }
  const taken = session.taken;
  const capacity = request.restriction === 'OPEN' ? template.openCapacity : template.closedCapacity;
  if (taken[request.restriction] >= capacity) {
    throw visitRefusal(
      'SESSION_FULL',
      `The ${template.startTime} session on ${request.date} has no ${request.restriction.toLowerCase()} ` +
        `places left (${capacity} in all)`,
    );
  }
}

/**
 * The write of a reservation or booking: under the prisoner's lock and then the session's, checks the
 * prisoner's entitlement and overlapping visits and the session's places, then writes the visit, its visitors
 * and the new balance. Any refusal undoes all of it. A request whose key was already used returns that visit.
 */
export function placeVisitUnit(plan: PlaceVisitPlan): WriteUnit<PlaceVisitOutcome> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    const orders = visitingOrderStatements(trx, dialect);
    const { request } = plan;
    const locked = await statements.lockPrisoner(request.prisonNumber, plan.today);
    // Looked up under the prisoner's lock: a retry that waited for the first request's lock now sees its visit.
    const earlier = await statements.findByIdempotencyKey(plan.bookedBy, request.idempotencyKey);
    if (earlier) return { visit: earlier, replayed: true };
    const now = plan.now.toISOString();
    const entitlement = await takeEntitlement({ statements, orders }, plan, locked, now);
    await takePlace(statements, plan, now);
    const visit: VisitTable = {
      reference: await newVisitReference(statements.referenceTaken),
      prisonNumber: request.prisonNumber,
      prisonCode: plan.template.prisonCode,
      sessionTemplateId: plan.template.sessionTemplateId,
      sessionDate: request.date,
      startTime: plan.template.startTime,
      endTime: plan.template.endTime,
      restriction: request.restriction,
      status: request.mode === 'BOOK' ? 'BOOKED' : 'RESERVED',
      bookedAt: now,
      bookedBy: plan.bookedBy,
      idempotencyKey: request.idempotencyKey,
      requestDigest: request.digest,
      holdExpiresAt:
        request.mode === 'RESERVE'
          ? new Date(plan.now.getTime() + HOLD_MINUTES * 60_000).toISOString()
          : null,
      entitlementUsed: entitlement.used,
      cancelledAt: null,
      cancelledBy: null,
      cancellationReason: null,
      outcome: null,
      outcomeNotes: null,
      outcomeRecordedAt: null,
      outcomeRecordedBy: null,
    };
    await statements.insertVisit(visit);
    if (
      entitlement.visitingOrderId !== null &&
      !(await orders.use(entitlement.visitingOrderId, visit.reference))
    ) {
      throw new Error(`visiting order ${entitlement.visitingOrderId} was taken under the prisoner's lock`);
    }
    await statements.insertVisitors(
      plan.visitors.map((visitor) => ({
        visitReference: visit.reference,
        ...visitor,
        lead: visitor.lead ? 1 : 0,
      })),
    );
    if (visit.status === 'BOOKED') await recordEvent(trx, visitEvent('VISIT_BOOKED', visit));
    return { visit, replayed: false };
  };
}
