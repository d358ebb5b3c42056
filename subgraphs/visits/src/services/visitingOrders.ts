import { addDays } from '@lib/time/londonTime';
import type { IncentiveLevel } from '../prisoners/prisonerLocator';
import type { HeldOrder, RenewalChanges, VisitingOrderKind } from '../store/visitsTables';
import type { PrisonSettings } from './prisonSettings';

/**
 * Unused visiting orders carry over from one period to the next up to this many; at a renewal the oldest beyond it
 * lapse (the accumulation limit of the visit allocation service, after PSI 16/2011).
 */
export const ACCUMULATION_LIMIT = 26;

/** A privileged visiting order lapses this many days after it was given, unless used. */
export const PRIVILEGED_LAPSE_DAYS = 28;

/** What a sentenced prisoner is given at each renewal, and how often. */
export interface Allowance {
  visitingOrders: number;
  privilegedVisitingOrders: number;
  periodDays: number;
}

/**
 * The allowance of a prisoner at a prison: the statutory two every four weeks (the prison's own number, if it
 * has one), and on the enhanced incentive level what the prison's settings give that level, privileged visiting
 * orders on top.
 */
export function allowanceFor(settings: PrisonSettings, level: IncentiveLevel | null): Allowance {
  const enhanced = level === 'ENHANCED';
  return {
    visitingOrders:
      (enhanced ? settings.enhancedVisitingOrdersPerPeriod : null) ?? settings.visitingOrdersPerPeriod,
    privilegedVisitingOrders: (enhanced ? settings.enhancedPrivilegedVisitingOrdersPerPeriod : null) ?? 0,
    periodDays: settings.visitingOrderPeriodDays,
  };
}

export type { HeldOrder };

/** What renewing a balance to a day changed: the orders given, those that lapsed, and what is left to book with. */
export interface Renewed extends RenewalChanges {
  available: HeldOrder[];
}

/** The order a booking uses: a privileged one first (it lapses soonest), then the oldest ordinary one. */
export function orderToUse(available: readonly HeldOrder[]): HeldOrder | undefined {
  const oldestFirst = [...available].sort(
    (a, b) =>
      (a.lapsesOn ?? '9999').localeCompare(b.lapsesOn ?? '9999') || a.givenOn.localeCompare(b.givenOn),
  );
  return oldestFirst.find((order) => order.kind === 'PRIVILEGED') ?? oldestFirst[0];
}

/**
 * Brings a sentenced prisoner's orders up to `today`: at each renewal due since `renewedOn` (every period), the
 * privileged orders past their day lapse, the ordinary orders beyond the accumulation limit lapse (oldest
 * first), and the allowance of that day is given; then any privileged order past its day by `today` lapses.
 * `allowanceOn` gives the allowance in force on a renewal day.
 */
export function renewTo(
  balance: { renewedOn: string; available: readonly HeldOrder[] },
  today: string,
  allowanceOn: (day: string) => Allowance,
): Renewed {
  let available = [...balance.available];
  const given: HeldOrder[] = [];
  const lapsed: Renewed['lapsed'] = [];
  const lapse = (orders: readonly HeldOrder[], on: string) => {
    const gone = new Set(orders);
    available = available.filter((order) => !gone.has(order));
    for (const order of orders) lapsed.push({ order, on });
  };
  const lapsePrivileged = (on: string) =>
    lapse(
      available.filter((order) => order.lapsesOn !== null && order.lapsesOn <= on),
      on,
    );
  let renewedOn = balance.renewedOn;
  for (;;) {
    const allowance = allowanceOn(renewedOn);
    const renewal = addDays(renewedOn, allowance.periodDays);
    if (renewal > today) break;
    lapsePrivileged(renewal);
    const ordinary = available
      .filter((order) => order.kind === 'VISITING')
      .sort((a, b) => a.givenOn.localeCompare(b.givenOn));
    lapse(ordinary.slice(0, Math.max(0, ordinary.length - ACCUMULATION_LIMIT)), renewal);
    const now = allowanceOn(renewal);
    const fresh = [
      ...Array.from({ length: now.visitingOrders }, () => newOrder('VISITING', renewal)),
      ...Array.from({ length: now.privilegedVisitingOrders }, () => newOrder('PRIVILEGED', renewal)),
    ];
    given.push(...fresh);
    available.push(...fresh);
    renewedOn = renewal;
  }
  lapsePrivileged(today);
  return { renewedOn, given, lapsed, available };
}

/** An order given on a day: a privileged one lapses PRIVILEGED_LAPSE_DAYS later, an ordinary one only beyond the cap. */
export function newOrder(kind: VisitingOrderKind, givenOn: string): HeldOrder {
  return {
    id: null,
    kind,
    givenOn,
    lapsesOn: kind === 'PRIVILEGED' ? addDays(givenOn, PRIVILEGED_LAPSE_DAYS) : null,
  };
}

/** A balance as staff and visitors read it: the orders to book with, by kind, and when the allowance renews. */
export function balanceOf(renewed: Renewed, periodDays: number) {
  const privileged = renewed.available.filter((order) => order.kind === 'PRIVILEGED');
  const lapses = privileged.map((order) => order.lapsesOn ?? '').sort();
  return {
    visitingOrders: renewed.available.length - privileged.length,
    privilegedVisitingOrders: privileged.length,
    renewsOn: addDays(renewed.renewedOn, periodDays),
    privilegedLapseOn: lapses[0] ?? null,
  };
}
