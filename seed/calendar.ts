/**
 * Calendar arithmetic on whole UTC days. The generator works with day numbers (days since 1970-01-01) because
 * they are cheap to compare and add, and turns them into `YYYY-MM-DD` strings or ISO instants only when it
 * writes a row. Conversions use integer civil-calendar arithmetic (H. Hinnant's days_from_civil), not Date
 * objects: they run millions of times.
 */

/** A calendar date as the number of days since 1970-01-01 (UTC). */
export type Day = number;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1-12) and day of the month of a day. */
function civilFromDays(day: Day): [year: number, month: number, dayOfMonth: number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth];
}

function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** Reads a `YYYY-MM-DD` date, failing on anything that is not a real calendar date. */
export function parseDay(text: string): Day {
  const match = DATE_PATTERN.exec(text);
  const [year, month, dayOfMonth] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    throw new Error(`"${text}" is not a date in the form YYYY-MM-DD`);
  }
  return daysFromCivil(year, month, dayOfMonth);
}

const two = (value: number): string => (value < 10 ? `0${value}` : String(value));

// The same few thousand dates recur millions of times, so their strings are kept (days from 1833 to 2106).
const CACHE_ORIGIN = 50_000;
const formatted: (string | undefined)[] = [];

/** Writes a day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  const slot = day + CACHE_ORIGIN;
  let text = formatted[slot];
  if (text === undefined) {
    const [year, month, dayOfMonth] = civilFromDays(day);
    text = `${String(year).padStart(4, '0')}-${two(month)}-${two(dayOfMonth)}`;
    if (slot >= 0 && slot < 2 * CACHE_ORIGIN) formatted[slot] = text;
  }
  return text;
}

/**
 * The ISO instant of a minute of a day, exactly as `new Date(...).toISOString()` writes it (UTC, milliseconds,
 * Z), for example 2026-03-02T10:30:00.000Z.
 */
export function formatInstant(day: Day, minuteOfDay: number): string {
  return `${formatDay(day)}T${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}:00.000Z`;
}

/** The day a number of calendar months later (or earlier), clamped to the end of shorter months. */
export function addMonths(day: Day, months: number): Day {
  const [year, month, dayOfMonth] = civilFromDays(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}

/** The day a number of whole years later (or earlier); 29 February falls back to 28 February. */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

/** The calendar year of a day. */
export function yearOf(day: Day): number {
  return civilFromDays(day)[0];
}

/** The ISO day of the week, 1 (Monday) to 7 (Sunday). 1970-01-01 was a Thursday. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whole years of age on a day for someone born on `birthDay`. */
export function ageOn(birthDay: Day, day: Day): number {
  const [birthYear, birthMonth, birthDate] = civilFromDays(birthDay);
  const [year, month, date] = civilFromDays(day);
  const hadBirthday = month > birthMonth || (month === birthMonth && date >= birthDate);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
