/** Formats instants as calendar dates in London, where every system of record keeps its days. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in London as YYYY-MM-DD (en-CA formats dates in ISO order). */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
