import type { IncentiveLevel } from '../../subgraphs/pnomis/src/store/pnomisTables';
import {
  DEFAULT_PRISON_SETTINGS,
  type PrisonSettings,
} from '../../subgraphs/visits/src/services/prisonSettings';
import {
  allowanceFor,
  type HeldOrder,
  orderToUse,
  renewTo,
} from '../../subgraphs/visits/src/services/visitingOrders';
import type { VisitingOrderStatus } from '../../subgraphs/visits/src/store/visitsTables';
import { type Day, formatDay, parseDay } from '../calendar';
import { prisonOn } from '../journeys/custodyPlan';
import type { CustodyPlan } from '../journeys/journeyTypes';
import type { ScheduledVisit } from './visitSchedule';

/** A visiting order as the ledger ends up holding it, with the visit that used it. */
export interface SeededOrder {
  order: HeldOrder;
  status: VisitingOrderStatus;
  lapsedOn: string | null;
  visit: ScheduledVisit | null;
}

/** A visit kept by the ledger: the entitlement it used and, if cancelled, the day it was. */
export interface SettledVisit {
  visit: ScheduledVisit;
  entitlement: 'VISITING_ORDER' | 'REMAND_ALLOWANCE';
  cancelledOn: Day | null;
}

/** What one prisoner's visits come to under the rules of visiting orders. */
export interface SettledLedger {
  visits: SettledVisit[];
  orders: SeededOrder[];
  /** The entitlement row of a prisoner who was sentenced in the window; null for one only ever on remand. */
  renewedOn: string | null;
}

/** The people a prisoner's ledger is about, and the rules in force. */
export interface LedgerInput {
  custody: CustodyPlan;
  level: IncentiveLevel;
  settingsByPrison: ReadonlyMap<string, PrisonSettings>;
  /** The earliest day a visit in the window can have been booked: the ledger opens then, or at sentence. */
  opensOn: Day;
  asOf: Day;
}

/** A cancelled visit was cancelled halfway between its booking and its day (and never after the as-of date). */
function cancelledOn(visit: ScheduledVisit, asOf: Day): Day | null {
  if (visit.status !== 'CANCELLED') return null;
  return visit.bookedDay + Math.floor((Math.min(visit.day, asOf) - visit.bookedDay) / 2);
}

/**
 * Replays a prisoner's scheduled visits, in the order they were booked and cancelled, against the rules the
 * visits system applies (`renewTo`, `orderToUse`): on remand a visit uses the weekly limit (the schedule keeps
 * visits three days apart, within it); once sentenced it uses a visiting order, the allowance renewing every
 * period from the day the ledger opens, and a visit booked with no order left is never booked. A cancellation
 * gives its order back. So the balances written agree with the visits written.
 */
export function settleVisitingOrders(
  input: LedgerInput,
  scheduled: readonly ScheduledVisit[],
): SettledLedger {
  const { custody, asOf } = input;
  const sentence = custody.sentence;
  const sentencedFrom = sentence ? Math.max(custody.admittedOn, sentence.startDate) : null;
  const remand = (visit: ScheduledVisit) => sentencedFrom === null || visit.bookedDay < sentencedFrom;
  const settled = new Map<ScheduledVisit, SettledVisit>();
  for (const visit of scheduled.filter(remand)) {
    settled.set(visit, { visit, entitlement: 'REMAND_ALLOWANCE', cancelledOn: cancelledOn(visit, asOf) });
  }
  if (sentencedFrom === null) return { visits: [...settled.values()], orders: [], renewedOn: null };

  const firstPrison = custody.stays[0]?.prisonCode ?? '';
  const allowanceOn = (day: string) => {
    const prison = prisonOn(custody, parseDay(day)) ?? firstPrison;
    return allowanceFor(input.settingsByPrison.get(prison) ?? DEFAULT_PRISON_SETTINGS, input.level);
  };
  const opensOn = Math.max(sentencedFrom, input.opensOn);
  const seeded = new Map<HeldOrder, SeededOrder>();
  let available: HeldOrder[] = [];
  // Opened a period back, so that the first renewal, which gives the first allowance, falls on the opening day.
  let renewedOn = formatDay(opensOn - allowanceOn(formatDay(opensOn)).periodDays);
  const catchUp = (day: Day) => {
    const renewed = renewTo({ renewedOn, available }, formatDay(day), allowanceOn);
    for (const order of renewed.given)
      seeded.set(order, { order, status: 'AVAILABLE', lapsedOn: null, visit: null });
    for (const { order, on } of renewed.lapsed)
      Object.assign(seeded.get(order) ?? {}, { status: 'LAPSED', lapsedOn: on });
    available = renewed.available;
    renewedOn = renewed.renewedOn;
  };

  // Cancellations before bookings on the same day, so that what is given back can be booked again; but a visit
  // cancelled the day it was booked after its own booking.
  const events = scheduled
    .filter((visit) => !remand(visit))
    .flatMap((visit) => {
      const cancelled = cancelledOn(visit, asOf);
      const cancelOrder = cancelled !== null && cancelled > visit.bookedDay ? 0 : 2;
      return [
        { day: visit.bookedDay, order: 1, visit, cancel: false },
        ...(cancelled === null ? [] : [{ day: cancelled, order: cancelOrder, visit, cancel: true }]),
      ];
    })
    .sort((a, b) => a.day - b.day || a.order - b.order);
  const used = new Map<ScheduledVisit, SeededOrder>();
  for (const event of events) {
    catchUp(event.day);
    if (event.cancel) {
      const held = used.get(event.visit);
      if (!held) continue;
      Object.assign(held, { status: 'AVAILABLE', visit: null });
      available.push(held.order);
      continue;
    }
    const order = orderToUse(available);
    const held = order && seeded.get(order);
    if (!order || !held) continue; // no order left: the booking was refused
    available = available.filter((candidate) => candidate !== order);
    Object.assign(held, { status: 'USED', visit: event.visit });
    used.set(event.visit, held);
    settled.set(event.visit, {
      visit: event.visit,
      entitlement: 'VISITING_ORDER',
      cancelledOn: cancelledOn(event.visit, asOf),
    });
  }
  catchUp(Math.min(asOf, custody.releasedOn ?? asOf));
  const kept = scheduled.flatMap((visit) => settled.get(visit) ?? []);
  return { visits: kept, orders: [...seeded.values()], renewedOn };
}
