import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { prisonSettings } from '../services/prisonSettings';
import { datesBetween, sessionsOnDates, type SessionOnDate } from '../services/visitSessions';
import type { VisitsStore } from '../store/visitsStore';
import { type Actor, type BookingDependencies, moment } from './bookingDependencies';
import { requireLinked } from '../linking/bookerLinks';
import { requireVisitable } from './prisonerWhereabouts';

/** The sessions of a prison on some dates, with the places left in each as of a moment. */
export async function sessionsAt(
  store: VisitsStore,
  prisonCode: string,
  dates: readonly string[],
  at: { iso: string; date: string },
): Promise<SessionOnDate[]> {
  const from = dates[0] ?? at.date;
  const to = dates[dates.length - 1] ?? from;
  const [templates, taken, settings, blocked] = await Promise.all([
    store.findSessionTemplates(prisonCode, from, to),
    store.countTakenPlaces(prisonCode, from, to, at.iso),
    store.findPrisonSettings(prisonCode),
    store.findBlockedDates(prisonCode, from, to),
  ]);
  return sessionsOnDates(dates, templates, taken, {
    today: at.date,
    settings: prisonSettings(settings),
    blockedDates: new Set(blocked.map((row) => row.blockedOn)),
  });
}

/**
 * The sessions a prisoner can be visited in between two dates: those of the prison P-Nomis says holds them now,
 * with the open and closed places left. A member of the public asks only about prisoners linked to their booking
 * account, and is shown the prison they linked them at, once P-Nomis says the prisoner is still held there.
 */
export async function visitAvailability(
  dependencies: BookingDependencies,
  actor: Actor,
  args: { prisonNumber: string; from: string; to: string },
) {
  const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
  const dates = datesBetween(args.from, args.to);
  const link = await requireLinked(dependencies.store, actor, prisonNumber);
  const { prisonCode } = await requireVisitable(dependencies, actor, {
    prisonNumber,
    prisonCode: null,
    link,
  });
  if (!inCaseload(actor.caller, prisonCode)) throw outsideCaseload();
  const sessions = await sessionsAt(dependencies.store, prisonCode, dates, moment(dependencies));
  return { prisonNumber, prisonCode, sessions };
}
