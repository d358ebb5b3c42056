import { londonTimeToIso } from '../time/londonTime';

/** The systems of record, as named by the JourneySystem enum. */
export type JourneySystem = 'MAGISTRATES_COURT' | 'CROWN_COURT' | 'PNOMIS' | 'VISITS' | 'CONFISCATION';

/** The kinds of journey event, as named by the JourneyEventKind enum. */
export type JourneyEventKind =
  | 'CHARGE'
  | 'HEARING'
  | 'SENT_TO_CROWN_COURT'
  | 'VERDICT'
  | 'SENTENCE'
  | 'ADMISSION'
  | 'TRANSFER'
  | 'COURT_MOVEMENT'
  | 'RELEASE'
  | 'VISIT'
  | 'CONFISCATION_ORDER'
  | 'PAYMENT'
  | 'ENFORCEMENT_ACTION'
  | 'EDUCATION';

/** A point in an offender's journey, contributed by the system that recorded it. */
export interface JourneyEvent {
  /** ISO 8601 instant in UTC. */
  occurredAt: string;
  system: JourneySystem;
  kind: JourneyEventKind;
  summary: string;
  /** The identifier of the record the event belongs to in its system. */
  reference: string;
}

/** The order systems appear in when two events happen at the same instant: the order a case flows through them. */
const SYSTEM_ORDER: readonly JourneySystem[] = [
  'MAGISTRATES_COURT',
  'CROWN_COURT',
  'PNOMIS',
  'VISITS',
  'CONFISCATION',
];

/** Turns a calendar date into the instant the timeline uses for something that opens a day (a charge). */
export function startOfDay(date: string): string {
  return `${date}T00:00:00.000Z`;
}

/**
 * Turns a calendar date into the instant the timeline uses for something recorded as a result of that day's
 * business (an order made at a hearing, a payment received, a case received): 17:00 London time, so that it
 * follows the hearings of the same day.
 */
export function endOfBusinessDay(date: string): string {
  return londonTimeToIso(date, '17:00');
}

/**
 * Merges the events of several systems into one timeline, oldest first. Events at the same instant keep the
 * order of the systems a case flows through, then their own order, so the result is the same on every call.
 */
export function mergeTimeline(...eventLists: readonly (readonly JourneyEvent[])[]): JourneyEvent[] {
  return eventLists
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
