/**
 * Calendar arithmetic on whole UTC days. The generator works with day numbers (days since 1970-01-01) because
 * they are cheap to compare and add, and turns them into `YYYY-MM-DD` strings or ISO instants only when it
 * writes a row.
 */

/** A calendar date as the number of days since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` date, failing on anything that is not a real calendar date. */
export function parseDay(text: string): Day {
  const match = DATE_PATTERN.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new Error(`"${text}" is not a date in the form YYYY-MM-DD`);
  }
  return ms / MS_PER_DAY;
}

// Formatting a date is the commonest thing the generator does; the same few thousand dates recur millions of
// times, so their strings are kept.
const formatted = new Map<Day, string>();

/** Writes a day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

/** The ISO instant (UTC, milliseconds, Z) of a minute of a day, as `new Date(...).toISOString()` writes it. */
export function formatInstant(day: Day, minuteOfDay: number): string {
  return new Date(day * MS_PER_DAY + minuteOfDay * 60_000).toISOString();
}

/** The day a number of calendar months later (or earlier), clamped to the end of shorter months. */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTarget)) / MS_PER_DAY;
}

/** The day a number of whole years later (or earlier); 29 February falls back to 28 February. */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

/** The calendar year of a day. */
export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The ISO day of the week, 1 (Monday) to 7 (Sunday). 1970-01-01 was a Thursday. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whole years of age on a day for someone born on `birthDay`. */
export function ageOn(birthDay: Day, day: Day): number {
  const birth = new Date(birthDay * MS_PER_DAY);
  const on = new Date(day * MS_PER_DAY);
  const years = on.getUTCFullYear() - birth.getUTCFullYear();
  const hadBirthday =
    on.getUTCMonth() > birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() >= birth.getUTCDate());
  return hadBirthday ? years : years - 1;
}
