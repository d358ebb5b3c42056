import { randomUUID } from 'node:crypto';
import { connect, type ConsumerInfo, type NatsConnection } from 'nats';
import { cloudEvent, type CloudEventEnvelope } from '@lib/events/cloudEvent';
import type { EventTypeName } from '@lib/events/eventCatalogue';
import { natsEventPublisher } from '@lib/events/natsEventStream';
import { TEST_NATS_URL } from './eventTransports';

/**
 * Events as a relay publishes them, straight onto a test's stream (with the relays' own publisher): many, quickly,
 * for records of the test's own. `records` records get `perRecord` events each, interleaved across the records,
 * of the types in turn.
 */
export async function publishToStream(
  stream: string,
  types: readonly EventTypeName[],
  records: number,
  perRecord: number,
): Promise<CloudEventEnvelope[]> {
  const batch = randomUUID().slice(0, 8);
  const events: CloudEventEnvelope[] = [];
  for (let step = 0; step < perRecord; step += 1) {
    for (let record = 0; record < records; record += 1) {
      const type = types[step % types.length] as EventTypeName;
      const identifiers = { urn: `99TS${batch}${String(record).padStart(3, '0')}`, pncId: '2001/0000001A' };
      events.push(cloudEvent(randomUUID(), new Date().toISOString(), type, identifiers, null, {}));
    }
  }
  const publisher = await natsEventPublisher(TEST_NATS_URL, stream, 'events-test');
  try {
    await publisher.publish(events);
  } finally {
    await publisher.close();
  }
  return events;
}

/** Reads (and deletes) a stream's consumers over a connection of the test's own. */
export async function streamConsumers(stream: string) {
  const nc: NatsConnection = await connect({ servers: TEST_NATS_URL.replace('nats://', '') });
  const jsm = await nc.jetstreamManager();
  return {
    serverVersion: nc.info?.version ?? '',
    /** The consumer's information, or null when there is none. */
    async info(name: string): Promise<ConsumerInfo | null> {
      try {
        return await jsm.consumers.info(stream, name);
      } catch {
        return null;
      }
    },
    /** Deletes the consumer, as one lost with a stream's server would be. */
    remove: (name: string) => jsm.consumers.delete(stream, name),
    close: () => nc.close(),
  };
}
