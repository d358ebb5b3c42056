import type { JourneyEvent, JourneySystem } from './journeyQuery';

/** Same-instant events follow the order a case flows through the systems, as the gateway's own merge does. */
const SYSTEM_ORDER: readonly JourneySystem[] = [
  'MAGISTRATES_COURT',
  'CROWN_COURT',
  'PNOMIS',
  'VISITS',
  'CONFISCATION',
];

/**
 * Merges per-system event lists into one timeline, oldest first, by the rule P-Nomis uses for
 * `Offender.timeline` (lib/journey/journeyEvent.ts): by instant, then system, then each list's own order. The
 * page uses it when the merged timeline is null because a system was down or a scope is missing.
 */
export function mergeEvents(lists: readonly (readonly JourneyEvent[])[]): JourneyEvent[] {
  return lists
    .flat()
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.occurredAt.localeCompare(b.event.occurredAt) ||
        SYSTEM_ORDER.indexOf(a.event.system) - SYSTEM_ORDER.indexOf(b.event.system) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}
