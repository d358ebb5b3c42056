import { type Day, formatDay, formatInstant } from '../calendar';
import { visitReferenceFor } from '../identifiers';
import type { Journey } from '../journeys/journeyTypes';
import type { JusticePlan } from '../planJustice';
import { chance, seededFaker, STREAM } from '../random';
import { planSessionTemplates } from '../visits/sessionTemplates';
import { mayVisitOpenly } from '../contacts/prisonerContacts';
import { visitParty } from '../visits/visitorCircle';
import { type ScheduledVisit, scheduleVisits, SessionLoad } from '../visits/visitSchedule';
import { planPrisonVisitSettings } from '../visits/incentiveLevels';
import { settleVisitingOrders } from '../visits/visitingOrderLedger';
import { prisonSettings } from '../../subgraphs/visits/src/services/prisonSettings';
import type { VisitsRows } from './rowTypes';

/** Visits cover the year before the as-of date and bookings up to 28 days after it. */
const HISTORY_DAYS = 365;
const DAYS_AHEAD = 28;
/** A visit is booked at most this many days ahead: the earliest booking of the window's visits is this far back. */
const MAX_DAYS_BOOKED_AHEAD = 28;

/** Share of prisoners who may only have closed visits (behind a screen). */
const CLOSED_VISITS_SHARE = 0.02;

/** The days from three days after arrival at each prison to the window's end (or release), per prison. */
function prisonerDays(journeys: readonly Journey[], from: Day, to: Day): Map<string, number> {
  const days = new Map<string, number>();
  for (const journey of journeys) {
    for (const stay of journey.custody?.stays ?? []) {
      const span = Math.min(to, stay.until ?? to) - Math.max(from, stay.from + 3);
      if (span > 0) days.set(stay.prisonCode, (days.get(stay.prisonCode) ?? 0) + span);
    }
  }
  return days;
}

function total(days: ReadonlyMap<string, number>): number {
  return [...days.values()].reduce((sum, value) => sum + value, 0);
}

/** The days a person was at court while in custody: they cannot be visited then. */
function courtDays(journey: Journey): Set<Day> {
  return new Set([...journey.magistrates.hearings, ...journey.crown.hearings].map((planned) => planned.day));
}

/**
 * The visits store's rows: the session templates, then each prisoner's visits with their visitors. Prisoners
 * are taken in a fixed order, the full-journey samples first so that they are sure of a place; the visit rate
 * is set so that the year before the as-of date gets the scaled national volume.
 */
export function* visitsRowGroups(plan: JusticePlan): Generator<VisitsRows> {
  const faker = seededFaker(plan.options.seed, STREAM.visits);
  const windowStart = plan.asOf - HISTORY_DAYS;
  const windowEnd = plan.asOf + DAYS_AHEAD + 1;
  const past = prisonerDays(plan.journeys, windowStart, plan.asOf);
  const rate = plan.volumes.visitsPerYear / Math.max(1, total(past));
  const expected = new Map(
    [...prisonerDays(plan.journeys, windowStart, windowEnd)].map(([code, days]) => [code, days * rate]),
  );
  const { templates, byPrison } = planSessionTemplates(faker, plan.asOf, expected, windowEnd - windowStart);
  yield {
    sessionTemplate: templates.map(({ id, ...template }) => ({
      sessionTemplateId: id,
      ...template,
      validTo: null,
    })),
  };

  const settings = planPrisonVisitSettings(seededFaker(plan.options.seed, STREAM.visitSettings));
  yield { prisonVisitSettings: settings };
  const settingsByPrison = new Map(settings.map((row) => [row.prisonCode, prisonSettings(row)]));

  const load = new SessionLoad();
  const mustVisit = (journey: Journey): boolean =>
    journey.sample && journey.shape === 'SENTENCED' && journey.order !== null;
  const prisoners = plan.journeys.filter((journey) => journey.custody !== null);
  const ordered = [...prisoners.filter(mustVisit), ...prisoners.filter((journey) => !mustVisit(journey))];
  let position = 0;
  for (const journey of ordered) {
    const custody = journey.custody;
    if (!custody) continue;
    const visits = scheduleVisits(
      faker,
      {
        stays: custody.stays,
        blocked: courtDays(journey),
        windowStart,
        windowEnd,
        asOf: plan.asOf,
        interval: 1 / rate,
        restriction: chance(faker, CLOSED_VISITS_SHARE) ? 'CLOSED' : 'OPEN',
        mustVisit: mustVisit(journey),
      },
      byPrison,
      load,
    );
    const ledger = settleVisitingOrders(
      {
        custody,
        level: plan.incentiveLevels.get(custody.prisonNumber) ?? 'STANDARD',
        settingsByPrison,
        opensOn: windowStart - MAX_DAYS_BOOKED_AHEAD,
        asOf: plan.asOf,
      },
      visits,
    );
    const contacts = plan.contacts.get(custody.prisonNumber) ?? [];
    const references = new Map<ScheduledVisit, string>();
    for (const { visit, entitlement, cancelledOn } of ledger.visits) {
      const reference = visitReferenceFor(position, plan.identifierKeys);
      position += 1;
      references.set(visit, reference);
      yield {
        visit: [
          {
            reference,
            prisonNumber: custody.prisonNumber,
            prisonCode: visit.template.prisonCode,
            sessionTemplateId: visit.template.id,
            sessionDate: formatDay(visit.day),
            startTime: visit.template.startTime,
            endTime: visit.template.endTime,
            restriction: visit.restriction,
            status: visit.status,
            bookedAt: formatInstant(visit.bookedDay, visit.bookedMinute),
            entitlementUsed: entitlement,
            cancelledAt: cancelledOn === null ? null : formatInstant(cancelledOn, visit.bookedMinute),
          },
        ],
        // Only contacts P-Nomis lets come that day: approved, and under no ban or other restriction then.
        visitor: visitParty(
          faker,
          contacts.filter((contact) => mayVisitOpenly(contact, visit.day)),
          visit.day,
        ).map(({ member, lead }) => ({
          visitReference: reference,
          firstName: member.firstName,
          lastName: member.lastName,
          dateOfBirth: formatDay(member.dateOfBirth),
          relationship: member.relationship,
          lead: lead ? 1 : 0,
        })),
      };
    }
    if (ledger.renewedOn === null) continue;
    yield {
      visitingEntitlement: [
        { prisonNumber: custody.prisonNumber, renewedOn: ledger.renewedOn, allowanceStarted: 1 },
      ],
      visitingOrder: ledger.orders.map(({ order, status, lapsedOn, visit }) => ({
        prisonNumber: custody.prisonNumber,
        kind: order.kind,
        givenOn: order.givenOn,
        lapsesOn: order.lapsesOn,
        status,
        visitReference: visit ? (references.get(visit) ?? null) : null,
        lapsedOn,
      })),
    };
  }
}
