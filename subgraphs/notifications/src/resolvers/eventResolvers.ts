import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import type { EventTypeName } from '@lib/events/eventCatalogue';
import type { EventResolvers } from '../generated/resolvers';
import type { LoggedEvent } from '../store/eventLogStore';

const envelopes = new WeakMap<LoggedEvent, CloudEventEnvelope>();

/** The envelope of a logged event, parsed once per row. */
function envelopeOf(event: LoggedEvent): CloudEventEnvelope {
  let envelope = envelopes.get(event);
  if (!envelope) {
    envelope = JSON.parse(event.envelope) as CloudEventEnvelope;
    envelopes.set(event, envelope);
  }
  return envelope;
}

/** An event's fields, from the log's row and its envelope. */
export const eventResolvers: EventResolvers = {
  id: (event) => event.eventId,
  type: (event) => event.eventType as EventTypeName,
  cloudEventType: (event) => envelopeOf(event).type,
  source: (event) => envelopeOf(event).source,
  time: (event) => event.time,
  subject: (event) => event.subject,
  cursor: (event) => String(event.seq),
  pncId: (event) => event.pncId,
  prisonNumber: (event) => event.prisonNumber,
  urn: (event) => envelopeOf(event).data.identifiers.urn ?? null,
  crownCourtCaseNumber: (event) => envelopeOf(event).data.identifiers.crownCourtCaseNumber ?? null,
  // Events recorded before the identifiers named the centre carry its court code among their facts.
  crownCourtCode: (event) => {
    const { identifiers, facts } = envelopeOf(event).data;
    if (!identifiers.crownCourtCaseNumber) return null;
    return identifiers.crownCourtCode ?? facts.crownCourtCode ?? null;
  },
  confiscationAccountNumber: (event) => envelopeOf(event).data.identifiers.confiscationAccountNumber ?? null,
  visitReference: (event) => envelopeOf(event).data.identifiers.visitReference ?? null,
  establishmentCode: (event) => event.establishmentCode,
  cloudEvent: (event) => event.envelope,
};
