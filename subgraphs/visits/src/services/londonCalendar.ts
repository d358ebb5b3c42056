const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const DAY_MS = 86_400_000;

const MINUTE_MS = 60_000;

// Formatting a date in a time zone is slow, and every booking asks for the minute it is in: the last answer is
// kept for the rest of its minute (London's offset only ever changes on the hour).
let lastMinute: { minute: number; at: { date: string; time: string } } | null = null;

/** The calendar date and wall-clock time in London at an instant: visit sessions are set in local time. */
export function londonNow(instant: Date): { date: string; time: string } {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  if (lastMinute?.minute === minute) return { ...lastMinute.at };
  const parts = Object.fromEntries(LONDON_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  const at = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  lastMinute = { minute, at };
  return { ...at };
}

/** The date `days` after an ISO date (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO day of week (1 = Monday, 7 = Sunday) of a date. */
export function isoDayOfWeek(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
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
