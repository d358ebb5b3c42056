import { badUserInput } from '@lib/graphql/errors';
import type { SessionTemplateTable, VisitTable } from '../store/visitsTables';
import { withinBookingWindow } from './bookingWindow';
import { isoDayOfWeek } from '@lib/time/londonTime';
import type { PrisonSettings } from './prisonSettings';

/** The longest date range one availability query may cover. */
export const MAX_SESSION_RANGE_DAYS = 31;

type Template = Omit<SessionTemplateTable, 'sessionTemplateId'> & { sessionTemplateId: number };
type TakenCount = Pick<VisitTable, 'sessionTemplateId' | 'sessionDate' | 'restriction' | 'status'> & {
  taken: number;
};

/** A session on one date, with what is booked and held in it. */
export interface SessionOnDate {
  prisonCode: string;
  date: string;
  startTime: string;
  endTime: string;
  openCapacity: number;
  closedCapacity: number;
  openBooked: number;
  closedBooked: number;
  openAvailable: number;
  closedAvailable: number;
  /** Whether the prison has closed visits on the date. */
  blocked: boolean;
  bookable: boolean;
}

/** The dates from `from` to `to` inclusive, refusing reversed or over-long ranges. */
export function datesBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((end - start) / 86_400_000);
  if (days < 0) throw badUserInput(`from (${from}) must not be after to (${to})`, 'from');
  if (days >= MAX_SESSION_RANGE_DAYS) {
    throw badUserInput(`A date range may cover at most ${MAX_SESSION_RANGE_DAYS} days`, 'to');
  }
  return Array.from({ length: days + 1 }, (_, index) =>
    new Date(start + index * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * Expands weekly templates into the sessions of each date, with the visits booked into each and the places
 * left (capacity less booked visits and live reservations); a session is bookable today when it has a place, is
 * inside the prison's booking window and its date is not closed to visits.
 */
export function sessionsOnDates(
  dates: readonly string[],
  templates: readonly Template[],
  taken: readonly TakenCount[],
  booking: { today: string; settings: PrisonSettings; blockedDates: ReadonlySet<string> },
): SessionOnDate[] {
  const counts = new Map<string, number>();
  for (const row of taken) {
    const key = `${row.sessionTemplateId}|${row.sessionDate}|${row.restriction}`;
    counts.set(`${key}|ALL`, (counts.get(`${key}|ALL`) ?? 0) + Number(row.taken));
    if (row.status === 'BOOKED') counts.set(`${key}|BOOKED`, Number(row.taken));
  }
  const count = (template: Template, date: string, restriction: string, what: 'ALL' | 'BOOKED') =>
    counts.get(`${template.sessionTemplateId}|${date}|${restriction}|${what}`) ?? 0;
  return dates.flatMap((date) =>
    templates
      .filter((template) => template.dayOfWeek === isoDayOfWeek(date))
      .filter(
        (template) => template.validFrom <= date && (template.validTo === null || template.validTo >= date),
      )
      .map((template) => {
        const openAvailable = Math.max(0, template.openCapacity - count(template, date, 'OPEN', 'ALL'));
        const closedAvailable = Math.max(0, template.closedCapacity - count(template, date, 'CLOSED', 'ALL'));
        return {
          prisonCode: template.prisonCode,
          date,
          startTime: template.startTime,
          endTime: template.endTime,
          openCapacity: template.openCapacity,
          closedCapacity: template.closedCapacity,
          openBooked: count(template, date, 'OPEN', 'BOOKED'),
          closedBooked: count(template, date, 'CLOSED', 'BOOKED'),
          openAvailable,
          closedAvailable,
          blocked: booking.blockedDates.has(date),
          bookable:
            openAvailable + closedAvailable > 0 &&
            !booking.blockedDates.has(date) &&
            withinBookingWindow(date, booking.today, booking.settings),
        };
      }),
  );
}
