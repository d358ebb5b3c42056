import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { addDays, isoWeekOf } from '@lib/time/londonTime';
import { requireLinked } from '../linking/bookerLinks';
import type { PrisonerWhereabouts } from '../prisoners/prisonerLocator';
import { prisonSettings } from '../services/prisonSettings';
import { allowanceFor, balanceOf } from '../services/visitingOrders';
import { type Actor, type BookingDependencies, moment } from './bookingDependencies';
import { requireVisitable } from './prisonerWhereabouts';
import { renewedToday } from './visitingOrderAccount';

/** A remand prisoner's week: how many visits hold a place in it, and how many more may be booked. */
export interface RemandWeek {
  weekBeginning: string;
  visitsBooked: number;
  visitsLeft: number;
}

/** A prisoner's visiting allowance as a booking today would find it. */
export interface VisitingAllowanceView {
  prisonNumber: string;
  basis: 'VISITING_ORDERS' | 'REMAND_WEEKLY_LIMIT';
  visitingOrders: number | null;
  privilegedVisitingOrders: number | null;
  privilegedVisitingOrdersLapseOn: string | null;
  remandWeeks: RemandWeek[] | null;
  renewsOn: string;
}

/**
 * The allowance of a prisoner P-Nomis says is held at a prison: a sentenced prisoner's visiting orders (renewed
 * as a booking today would renew them, nothing written), or a remand prisoner's weeks in the booking window with
 * the visits left in each.
 */
export async function allowanceOf(
  dependencies: BookingDependencies,
  prisonNumber: string,
  whereabouts: PrisonerWhereabouts & { prisonCode: string },
): Promise<VisitingAllowanceView> {
  const { store, allowances } = dependencies;
  const at = moment(dependencies);
  const settings = prisonSettings(await store.findPrisonSettings(whereabouts.prisonCode));
  if (whereabouts.status === 'SENTENCED') {
    const allowance = allowanceFor(settings, whereabouts.incentiveLevel);
    const [entitlement, held] = await Promise.all([
      allowances.findEntitlement(prisonNumber),
      allowances.findOrdersToBookWith(prisonNumber, at.iso),
    ]);
    const balance = balanceOf(renewedToday(entitlement, held, at.date, allowance), allowance.periodDays);
    return {
      prisonNumber,
      basis: 'VISITING_ORDERS',
      visitingOrders: balance.visitingOrders,
      privilegedVisitingOrders: balance.privilegedVisitingOrders,
      privilegedVisitingOrdersLapseOn: balance.privilegedLapseOn,
      remandWeeks: null,
      renewsOn: balance.renewsOn,
    };
  }
  const first = isoWeekOf(addDays(at.date, settings.minDaysAhead)).monday;
  const last = isoWeekOf(addDays(at.date, settings.maxDaysAhead)).sunday;
  const dates = await allowances.findLiveVisitDates(prisonNumber, first, last, at.iso);
  const remandWeeks: RemandWeek[] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const visitsBooked = dates.filter((date) => date >= monday && date <= sunday).length;
    remandWeeks.push({
      weekBeginning: monday,
      visitsBooked,
      visitsLeft: Math.max(0, settings.remandVisitsPerWeek - visitsBooked),
    });
  }
  return {
    prisonNumber,
    basis: 'REMAND_WEEKLY_LIMIT',
    visitingOrders: null,
    privilegedVisitingOrders: null,
    privilegedVisitingOrdersLapseOn: null,
    remandWeeks,
    renewsOn: addDays(isoWeekOf(at.date).monday, 7),
  };
}

/**
 * A prisoner's allowance for whoever may book for them: prison staff for a prisoner held in their caseload, a
 * member of the public for a prisoner linked to their account, refused as availability is refused.
 */
export async function visitingAllowance(
  dependencies: BookingDependencies,
  actor: Actor,
  args: { prisonNumber: string },
): Promise<VisitingAllowanceView> {
  const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
  const link = await requireLinked(dependencies.store, actor, prisonNumber);
  const whereabouts = await requireVisitable(dependencies, actor, { prisonNumber, prisonCode: null, link });
  if (!inCaseload(actor.caller, whereabouts.prisonCode)) throw outsideCaseload();
  return allowanceOf(dependencies, prisonNumber, whereabouts);
}
