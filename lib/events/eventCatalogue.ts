import type { Scope } from '../auth/caller';

/** A system that records events in its own store: the subgraph whose transaction makes the change. */
export type EventSource = 'courts' | 'pnomis' | 'visits' | 'confiscation';

/** What the catalogue says of one kind of event. */
export interface EventTypeEntry {
  /** The CloudEvents `type` attribute: reverse-DNS, versioned, so that a consumer can route on it. */
  cloudEventType: string;
  /** The subgraph that records it. */
  source: EventSource;
  /** The scope a subscriber must hold to receive it: the scope that reads the record it names. */
  scope: Scope;
  /**
   * Whether it names the establishment that holds the person, so that prison staff receive it only for the
   * prisons of their caseload. An event that names none is never delivered to a caller with a caseload.
   */
  namesEstablishment: boolean;
}

const type = (name: string) => `uk.gov.justice.${name}.v1`;

/**
 * Every kind of event the justice systems announce, by the name the graph's EventType enum gives it. A new state
 * change adds its entry here (and the enum value in schema/notifications.graphql), then calls recordEvent in the
 * transaction that makes the change (docs/DEVELOPING.md, "Announcing a state change").
 */
export const EVENT_TYPES = {
  CASE_SENT_TO_CROWN_COURT: {
    cloudEventType: type('courts.case.sent-to-crown-court'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CASE_ACKNOWLEDGED_BY_CROWN_COURT: {
    cloudEventType: type('courts.case.acknowledged-by-crown-court'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CASE_RETURNED_BY_CROWN_COURT: {
    cloudEventType: type('courts.case.returned-by-crown-court'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CASE_SENDING_WITHDRAWN: {
    cloudEventType: type('courts.case.sending-withdrawn'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CROWN_COURT_HEARING_LISTED: {
    cloudEventType: type('courts.crown-court.hearing-listed'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CROWN_COURT_FIRST_HEARING_LISTED: {
    cloudEventType: type('courts.crown-court.first-hearing-listed'),
    source: 'courts',
    scope: 'courts:read',
    namesEstablishment: false,
  },
  CONFISCATION_ORDER_MADE: {
    cloudEventType: type('confiscation.order.made'),
    source: 'confiscation',
    scope: 'confiscation:read',
    namesEstablishment: false,
  },
  CONFISCATION_PAYMENT_RECEIVED: {
    cloudEventType: type('confiscation.payment.received'),
    source: 'confiscation',
    scope: 'confiscation:read',
    namesEstablishment: false,
  },
  CONFISCATION_PAYMENT_OVERDUE: {
    cloudEventType: type('confiscation.payment.overdue'),
    source: 'confiscation',
    scope: 'confiscation:read',
    namesEstablishment: false,
  },
  CONFISCATION_ENFORCEMENT_ACTION_TAKEN: {
    cloudEventType: type('confiscation.enforcement-action.taken'),
    source: 'confiscation',
    scope: 'confiscation:read',
    namesEstablishment: false,
  },
  PRISONER_RECEIVED: {
    cloudEventType: type('custody.prisoner.received'),
    source: 'pnomis',
    scope: 'custody:read',
    namesEstablishment: true,
  },
  PRISONER_TRANSFERRED: {
    cloudEventType: type('custody.prisoner.transferred'),
    source: 'pnomis',
    scope: 'custody:read',
    namesEstablishment: true,
  },
  PRISONER_RELEASED: {
    cloudEventType: type('custody.prisoner.released'),
    source: 'pnomis',
    scope: 'custody:read',
    namesEstablishment: true,
  },
  PRISONER_DUE_FOR_RELEASE: {
    cloudEventType: type('custody.prisoner.due-for-release'),
    source: 'pnomis',
    scope: 'custody:read',
    namesEstablishment: true,
  },
  VISIT_BOOKED: {
    cloudEventType: type('visits.visit.booked'),
    source: 'visits',
    scope: 'visits:read',
    namesEstablishment: true,
  },
  VISIT_CANCELLED: {
    cloudEventType: type('visits.visit.cancelled'),
    source: 'visits',
    scope: 'visits:read',
    namesEstablishment: true,
  },
  VISIT_TO_BE_REARRANGED: {
    cloudEventType: type('visits.visit.to-be-rearranged'),
    source: 'visits',
    scope: 'visits:read',
    namesEstablishment: true,
  },
  EDUCATION_RECORD_CHANGED: {
    cloudEventType: type('education.record.changed'),
    source: 'pnomis',
    scope: 'education:read',
    namesEstablishment: true,
  },
} as const satisfies Record<string, EventTypeEntry>;

/** The name of a kind of event, as the graph's EventType enum has it. */
export type EventTypeName = keyof typeof EVENT_TYPES;

/** Every event type name. */
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventTypeName[];

/** Whether a string names a kind of event. */
export function isEventTypeName(name: string): name is EventTypeName {
  return Object.hasOwn(EVENT_TYPES, name);
}

/** The event types a holder of `scopes` may receive. */
export function eventTypesAllowedBy(scopes: ReadonlySet<string>): EventTypeName[] {
  return EVENT_TYPE_NAMES.filter((name) => scopes.has(EVENT_TYPES[name].scope));
}
