import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import { isEventTypeName } from '@lib/events/eventCatalogue';

const MAX_ID = 100;

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/**
 * Reads relayed events, refusing (null) a batch with anything that is not an envelope this deployment's relays
 * make: a known type, an id, a time, a subject and the identifiers object.
 */
export function readEnvelopes(body: unknown): CloudEventEnvelope[] | null {
  const events = (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return null;
  for (const event of events as Partial<CloudEventEnvelope>[]) {
    const data = event?.data;
    const valid =
      event?.specversion === '1.0' &&
      isText(event.id, MAX_ID) &&
      isText(event.time, 40) &&
      isText(event.subject, 200) &&
      typeof data === 'object' &&
      data !== null &&
      isEventTypeName(String(data.eventType)) &&
      typeof data.identifiers === 'object' &&
      data.identifiers !== null &&
      (data.establishmentCode === null || isText(data.establishmentCode, 3));
    if (!valid) return null;
  }
  return events as CloudEventEnvelope[];
}

/** Reads one event from a stream message's text: null when it is not JSON or not an envelope. */
export function readEnvelopeText(text: string): CloudEventEnvelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  return readEnvelopes({ events: [parsed] })?.[0] ?? null;
}
