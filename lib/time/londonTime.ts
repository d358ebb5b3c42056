/**
 * London time, where every system of record keeps its days: dates and wall-clock times in London, and the
 * calendar arithmetic on ISO dates that the subgraphs share.
 */
import { LRUCache } from 'lru-cache';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

// The offset changes only when the clocks change, and they change on the hour (01:00 UTC since 1996; on the hour
// before that too), so an offset holds for a whole UTC hour: it is worked out once per hour asked about.
// formatToParts costs microseconds, and a journey's timeline asks for hundreds of times.
const offsetByUtcHour = new LRUCache<number, number>({ max: 100_000 });
const HOUR_MS = 3_600_000;

/** The offset of London time from UTC at an instant, in minutes (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  const known = offsetByUtcHour.get(hour);
  if (known !== undefined) return known;
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  const offset = Math.round((asUtc - instant.getTime()) / 60_000);
  offsetByUtcHour.set(hour, offset);
  return offset;
}

/**
 * The UTC instant of a wall-clock time in London on a date: prison visit sessions are set in local time, and
 * the timeline orders events by instant.
 */
export function londonTimeToIso(date: string, time: string): string {
  const naive = new Date(`${date}T${time}:00.000Z`);
  const offset = londonOffsetMinutes(naive);
  return new Date(naive.getTime() - offset * 60_000).toISOString();
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in London of an instant, as YYYY-MM-DD (en-CA writes dates in ISO order): courts sit, count
 * days and take payments, and prisons hold visits, on London dates.
 */
export function londonDateOf(instant: Date | string = new Date()): string {
  return LONDON_DATE.format(typeof instant === 'string' ? new Date(instant) : instant);
}

const MINUTE_MS = 60_000;

// Every booking asks for the minute it is in, and formatting in a time zone is slow: the last answer is kept for
// the rest of its minute (London's offset only ever changes on the hour).
let lastMinute: { minute: number; at: { date: string; time: string } } | null = null;

/** The calendar date and wall-clock time in London at an instant: visit sessions are set in local time. */
export function londonNow(instant: Date): { date: string; time: string } {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  if (lastMinute?.minute === minute) return { ...lastMinute.at };
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  const at = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  lastMinute = { minute, at };
  return { ...at };
}

// Calendar arithmetic on ISO dates (YYYY-MM-DD). A date has no time zone, so each is read as midnight UTC, where
// no clock change can move it to another day.
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date: the unit confiscation interest is counted in. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The date `days` after an ISO date (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date a number of calendar months after an ISO date, clamped to the end of a shorter month (31 Jan + 1: 28 Feb). */
export function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  const dayOfMonth = day.getUTCDate();
  day.setUTCDate(1);
  day.setUTCMonth(day.getUTCMonth() + months);
  const lastOfMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  day.setUTCDate(Math.min(dayOfMonth, lastOfMonth));
  return day.toISOString().slice(0, 10);
}

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO day of week (1 = Monday, 7 = Sunday) of a date. */
export function isoDayOfWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether an ISO date falls on a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  return isoDayOfWeek(date) >= 6;
}

/** The Monday and Sunday of the ISO week a date falls in. */
export function isoWeekOf(date: string): { monday: string; sunday: string } {
  const monday = addDays(date, 1 - isoDayOfWeek(date));
  return { monday, sunday: addDays(monday, 6) };
}

/** A person's age in whole years on a date. */
export function ageOn(dateOfBirth: string, date: string): number {
  const [birthYear, birthRest] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(5)];
  return year - birthYear - (rest < birthRest ? 1 : 0);
}
