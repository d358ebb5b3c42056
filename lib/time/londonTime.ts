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
const offsetByUtcHour = new Map<number, number>();
const MOST_HOURS_KEPT = 100_000;
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
  if (offsetByUtcHour.size >= MOST_HOURS_KEPT) offsetByUtcHour.clear();
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
