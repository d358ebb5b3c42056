import { connect, nanos, RetentionPolicy, StorageType, type NatsConnection } from 'nats';
import type { CloudEventEnvelope } from './cloudEvent';
import type { EventPublisher } from './eventRelay';

/** How long JetStream remembers a message id to drop a repeat: a relay killed after publishing repeats within it. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** The subject an event is published on: `<stream>.<EVENT_TYPE>`, so that a consumer can filter by type. */
export function eventSubject(stream: string, eventType: string): string {
  return `${stream}.${eventType}`;
}

/** Connects to NATS, naming the connection after the process for the server's monitoring. */
export function connectNats(url: string, name: string): Promise<NatsConnection> {
  return connect({ servers: url.replace(/^nats:\/\//, ''), name, maxReconnectAttempts: -1 });
}

/**
 * Makes sure the durable stream of events exists: file storage, kept by limits (a consumer that is down catches
 * up from it), with a duplicate window so that a message republished with the same id is stored once.
 */
export async function ensureEventStream(nc: NatsConnection, stream: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const config = {
    name: stream,
    subjects: [`${stream}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
  try {
    await jsm.streams.info(stream);
  } catch {
    await jsm.streams.add(config);
  }
}

/**
 * Publishes events to JetStream, each with `Nats-Msg-Id` set to its event id, and resolves once the stream has
 * stored every one (the publish acknowledgements), in order: messages on one connection keep their order.
 */
export async function natsEventPublisher(url: string, stream: string, name: string): Promise<EventPublisher> {
  const nc = await connectNats(url, name);
  await ensureEventStream(nc, stream);
  const js = nc.jetstream();
  return {
    async publish(events: readonly CloudEventEnvelope[]) {
      await Promise.all(
        events.map((event) =>
          js.publish(eventSubject(stream, event.data.eventType), JSON.stringify(event), {
            msgID: event.id,
            expect: { streamName: stream },
          }),
        ),
      );
    },
    close: () => nc.drain(),
  };
}
