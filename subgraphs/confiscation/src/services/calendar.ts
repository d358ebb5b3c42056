const MS_PER_DAY = 86_400_000;

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Days since 1970-01-01 of an ISO calendar date: the unit interest is counted in. */
export function dayNumber(isoDate: string): number {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) /
    MS_PER_DAY
  );
}

/** The ISO calendar date in London at an instant: court and payment dates are London dates. */
export function londonDate(instant: Date = new Date()): string {
  return LONDON_DATE.format(instant);
}
