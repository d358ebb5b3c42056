import { EVENT_TYPES, type EventTypeName } from './eventCatalogue';

/**
 * The identifiers an event may carry: the keys of the records it is about, never a person's details. A
 * consumer reads the details through the graph, with its own scopes, audited as usual.
 */
export interface EventIdentifiers {
  pncId?: string | null;
  prisonNumber?: string | null;
  urn?: string;
  crownCourtCaseNumber?: string;
  /** The Crown Court centre that holds the case: each centre numbers its own, so it names the case with the number. */
  crownCourtCode?: string;
  confiscationAccountNumber?: string;
  visitReference?: string;
}

/** The identifier kinds in the order that picks an event's subject: the most specific record first. */
const SUBJECT_ORDER = [
  'visitReference',
  'confiscationAccountNumber',
  'crownCourtCaseNumber',
  'urn',
  'prisonNumber',
  'pncId',
] as const satisfies readonly (keyof EventIdentifiers)[];

/** The `data` of every event: its type name, the identifiers, the establishment, and codes or dates. */
export interface EventData {
  eventType: EventTypeName;
  identifiers: EventIdentifiers;
  /** The prison that holds the person, for events that name one: it decides which prison staff receive it. */
  establishmentCode: string | null;
  /** Codes and dates that say what happened (a court code, a hearing date): never names or free text. */
  facts: Record<string, string>;
}

/** A CloudEvents 1.0 envelope in structured mode, as recorded, relayed and delivered. */
export interface CloudEventEnvelope {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: EventData;
}

/**
 * The record an event is about, as CloudEvents' `subject`: `<identifier kind>/<value>`; a Crown Court case's value
 * is its centre's court code and its number (crownCourtCaseNumber/C13LS00/T20260001), as a number alone is issued
 * at several centres.
 */
export function subjectOf(identifiers: EventIdentifiers): string {
  for (const kind of SUBJECT_ORDER) {
    const value = identifiers[kind];
    if (!value) continue;
    if (kind === 'crownCourtCaseNumber' && identifiers.crownCourtCode) {
      return `${kind}/${identifiers.crownCourtCode}/${value}`;
    }
    return `${kind}/${value}`;
  }
  throw new Error('An event must name at least one record');
}

/** Builds the envelope of an event. */
export function cloudEvent(
  id: string,
  time: string,
  eventType: EventTypeName,
  identifiers: EventIdentifiers,
  establishmentCode: string | null,
  facts: Record<string, string>,
): CloudEventEnvelope {
  const entry = EVENT_TYPES[eventType];
  return {
    specversion: '1.0',
    id,
    source: `/justice-gateway/${entry.source}`,
    type: entry.cloudEventType,
    time,
    subject: subjectOf(identifiers),
    datacontenttype: 'application/json',
    data: { eventType, identifiers, establishmentCode, facts },
  };
}
