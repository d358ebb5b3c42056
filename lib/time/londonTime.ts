const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The offset of London time from UTC at an instant, in minutes (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
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
