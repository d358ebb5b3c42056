import { AckPolicy, DeliverPolicy, type NatsConnection } from 'nats';
import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import { connectNats, ensureEventStream } from '@lib/events/natsEventStream';
import type { EventLogStore } from '../store/eventLogStore';
import { readEnvelopes } from './eventEnvelopes';

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The durable consumer that keeps the log: it survives restarts, and resumes after the last event acknowledged. */
export const INTAKE_CONSUMER = 'notifications-event-log';

/**
 * Takes events from the JetStream stream into the log, in stream order, through a durable pull consumer: a batch
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
  const loop = (async () => {
    while (!stopping) {
      try {
        const messages = await consumer.fetch({ max_messages: 200, expires: 1000 });
        const batch = [];
        for await (const message of messages) batch.push(message);
        if (batch.length === 0) continue;
        const events: CloudEventEnvelope[] = [];
        for (const message of batch) {
          const read = readEnvelopes({ events: [parsedOrNull(message.string())] });
          if (read) events.push(...read);
          else log(`stream message ${message.seq} is not a justice event; left out`);
        }
        if ((await eventLog.ingest(events)) > 0) onIngested();
        for (const message of batch) message.ack();
      } catch (error) {
        if (!stopping) log('taking events from JetStream failed; trying again', error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      await loop;
      await nc.drain();
    },
  };
}
