import { AckPolicy, DeliverPolicy, type NatsConnection } from 'nats';
import { connectNats, ensureEventStream } from '@lib/events/natsEventStream';
import type { EventLogStore } from '../store/eventLogStore';
import { readEnvelopeText } from './eventEnvelopes';

/** The durable consumer that keeps the log: it survives restarts, and resumes after the last event acknowledged. */
export const INTAKE_CONSUMER = 'notifications-event-log';

/**
 * Takes events from the JetStream stream into the log, in stream order, through a durable pull consumer: an event
 * is acknowledged only once it is kept, so a process killed in between is given it again, and the log drops the
 * repeats by event id. A message that is not a justice event is acknowledged and left out (with a log line).
 */
export async function startNatsIntake(
  url: string,
  stream: string,
  eventLog: EventLogStore,
  onIngested: () => void,
  log: (message: string, error?: unknown) => void,
) {
  const nc: NatsConnection = await connectNats(url, 'notifications-intake');
  await ensureEventStream(nc, stream);
  const jsm = await nc.jetstreamManager();
  await jsm.consumers.add(stream, {
    durable_name: INTAKE_CONSUMER,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
  });
  const consumer = await nc.jetstream().consumers.get(stream, INTAKE_CONSUMER);
  let stopping = false;
  let messages: Awaited<ReturnType<typeof consumer.consume>> | null = null;
  // Messages are taken as they arrive (consume, not fetch, which would wait out its expiry for a full batch), one
  // at a time: each is kept, then acknowledged.
  const loop = (async () => {
    while (!stopping) {
      try {
        messages = await consumer.consume({ max_messages: 200 });
        for await (const message of messages) {
          const event = readEnvelopeText(message.string());
          if (!event) log(`stream message ${message.seq} is not a justice event; left out`);
          else if ((await eventLog.ingest([event], [message.seq])) > 0) onIngested();
          message.ack();
        }
      } catch (error) {
        if (!stopping) log('taking events from JetStream failed; trying again', error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      messages?.stop();
      await loop;
      await nc.drain();
    },
  };
}
