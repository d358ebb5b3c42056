import { badUserInput } from '@lib/graphql/errors';
import type { SessionTemplateTable, VisitTable } from '../store/visitsTables';

/** The longest date range one availability query may cover. */
export const MAX_SESSION_RANGE_DAYS = 31;

type Template = Omit<SessionTemplateTable, 'sessionTemplateId'> & { sessionTemplateId: number };
type BookedCount = Pick<VisitTable, 'sessionTemplateId' | 'sessionDate' | 'restriction'> & { booked: number };

/** A session on one date, with what is booked in it. */
export interface SessionOnDate {
  prisonCode: string;
  date: string;
  startTime: string;
  endTime: string;
  openCapacity: number;
  closedCapacity: number;
  openBooked: number;
  closedBooked: number;
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

/** ISO day of week (1 = Monday, 7 = Sunday) of a date. */
function isoDayOfWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Expands weekly templates into the sessions of each date, with the visits booked into each. */
export function sessionsOnDates(
  dates: readonly string[],
  templates: readonly Template[],
  booked: readonly BookedCount[],
): SessionOnDate[] {
  const bookedBy = new Map(
    booked.map((row) => [
      `${row.sessionTemplateId}|${row.sessionDate}|${row.restriction}`,
      Number(row.booked),
    ]),
  );
  return dates.flatMap((date) =>
    templates
      .filter((template) => template.dayOfWeek === isoDayOfWeek(date))
      .filter(
        (template) => template.validFrom <= date && (template.validTo === null || template.validTo >= date),
      )
      .map((template) => ({
        prisonCode: template.prisonCode,
        date,
        startTime: template.startTime,
        endTime: template.endTime,
        openCapacity: template.openCapacity,
        closedCapacity: template.closedCapacity,
        openBooked: bookedBy.get(`${template.sessionTemplateId}|${date}|OPEN`) ?? 0,
        closedBooked: bookedBy.get(`${template.sessionTemplateId}|${date}|CLOSED`) ?? 0,
      })),
  );
}
