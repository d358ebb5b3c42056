import type { Faker } from '@faker-js/faker';
import { type Day, isoWeekday } from '../calendar';
import { chance, intBetween, pick, waitDays } from '../random';
import type { SessionsByPrison, SessionTemplate } from './sessionTemplates';

/** A visit placed in a session. */
export interface ScheduledVisit {
  day: Day;
  template: SessionTemplate;
  restriction: 'OPEN' | 'CLOSED';
  status: 'BOOKED' | 'CANCELLED';
  bookedDay: Day;
  bookedMinute: number;
}

/** Bookings per session, date and restriction: a visit is only booked where the session has room. */
export class SessionLoad {
  private readonly booked = new Map<number, number>();

  private static key(
    template: SessionTemplate,
    day: Day,
    restriction: ScheduledVisit['restriction'],
  ): number {
    return (template.id * 100_000 + day) * 2 + (restriction === 'CLOSED' ? 1 : 0);
  }

  /** Takes a place in the session if one is left; false when it is full. */
  take(template: SessionTemplate, day: Day, restriction: ScheduledVisit['restriction']): boolean {
    const key = SessionLoad.key(template, day, restriction);
    const taken = this.booked.get(key) ?? 0;
    const capacity = restriction === 'CLOSED' ? template.closedCapacity : template.openCapacity;
    if (taken >= capacity) return false;
    this.booked.set(key, taken + 1);
    return true;
  }
}

/** One prisoner's time in custody as the visits system sees it. */
export interface VisitWindow {
  stays: readonly { prisonCode: string; from: Day; until: Day | null }[];
  /** Days at court: no visit then. */
  blocked: ReadonlySet<Day>;
  windowStart: Day;
  windowEnd: Day;
  asOf: Day;
  /** The mean number of days between visits. */
  interval: number;
  restriction: ScheduledVisit['restriction'];
  /** A sample prisoner who must end up with at least one booked visit. */
  mustVisit: boolean;
}

/** The session days available in a stay from `from` for a week, skipping blocked days. */
function sessionDaysFrom(
  week: readonly SessionTemplate[][],
  from: Day,
  end: Day,
  blocked: ReadonlySet<Day>,
): Day[] {
  const days: Day[] = [];
  for (let day = from; day < Math.min(end, from + 7); day += 1) {
    if (!blocked.has(day) && (week[isoWeekday(day)]?.length ?? 0) > 0) days.push(day);
  }
  return days;
}

/**
 * A prisoner's visits: from three days after they arrive at a prison, a visit every `interval` days on average,
 * never less than three days apart (so at most three a week, the remand limit), on a session day of the prison
 * holding them. A booked visit needs room in its session; about one in twenty is cancelled, which frees its
 * place. Visits after the as-of date exist only if they were booked (2 to 28 days ahead) before it.
 */
export function scheduleVisits(
  faker: Faker,
  window: VisitWindow,
  sessions: SessionsByPrison,
  load: SessionLoad,
): ScheduledVisit[] {
  const visits: ScheduledVisit[] = [];
  for (const stay of window.stays) {
    const week = sessions.get(stay.prisonCode) ?? [];
    const start = Math.max(window.windowStart, stay.from + 3);
    const end = Math.min(window.windowEnd, stay.until ?? window.windowEnd);
    let candidate = start + waitDays(faker, window.interval / 2);
    while (candidate < end) {
      const options = sessionDaysFrom(week, candidate, end, window.blocked);
      if (options.length === 0) {
        candidate += 7;
        continue;
      }
      const day = pick(faker, options);
      const bookedDay = Math.max(stay.from, day - intBetween(faker, 2, 28));
      const mustBook = window.mustVisit && !visits.some((visit) => visit.status === 'BOOKED');
      const status = !mustBook && chance(faker, 0.05) ? 'CANCELLED' : 'BOOKED';
      const next = day + 3 + waitDays(faker, Math.max(0, window.interval - 6));
      if (bookedDay >= window.asOf) {
        candidate = next; // not booked yet at the as-of date
        continue;
      }
      const templates = week[isoWeekday(day)] ?? [];
      const template =
        status === 'CANCELLED'
          ? pick(faker, templates)
          : (chance(faker, 0.5) ? templates : [...templates].reverse()).find((option) =>
              load.take(option, day, window.restriction),
            );
      if (!template) {
        candidate = day + 1; // both sessions full: try another day
        continue;
      }
      visits.push({
        day,
        template,
        restriction: window.restriction,
        status,
        bookedDay,
        bookedMinute: intBetween(faker, 420, 1320),
      });
      candidate = next;
    }
  }
  return visits;
}
