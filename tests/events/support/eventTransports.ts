import { randomBytes } from 'node:crypto';
import { connect } from 'nats';

/** The NATS server the node-svc machines run (loopback only). */
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** A way events travel from the subgraphs to the notifications subgraph, as the environment that selects it. */
export interface EventTransport {
  name: string;
  env(): Record<string, string>;
  /** Removes what the run left behind (its JetStream stream). */
  cleanUp(): Promise<void>;
}

/** The embedded default: relays POST to the notifications subgraph over loopback HTTP. */
export const EMBEDDED: EventTransport = {
  name: 'embedded',
  env: () => ({}),
  cleanUp: () => Promise.resolve(),
};

/** JetStream, on a stream of the test's own, so that runs sharing the server never meet. */
export function natsTransport(): EventTransport {
  const stream = `TEST_EVENTS_${randomBytes(6).toString('hex')}`;
  return {
    name: 'NATS JetStream',
    env: () => ({ EVENTS_NATS_URL: TEST_NATS_URL, EVENTS_NATS_STREAM: stream }),
    async cleanUp() {
      const nc = await connect({ servers: TEST_NATS_URL.replace('nats://', '') });
      try {
        await (await nc.jetstreamManager()).streams.delete(stream);
      } catch {
        // Never made: nothing to remove.
      }
      await nc.close();
    },
  };
}

/** The settings every events test runs with: quick retries, http to loopback allowed. */
export const QUICK_RETRIES = {
  EVENTS_WEBHOOK_ALLOW_LOOPBACK: 'true',
  EVENTS_RETRY_BASE_MS: '100',
  EVENTS_RETRY_MAX_MS: '400',
  EVENTS_RELAY_INTERVAL_MS: '50',
  EVENTS_DELIVERY_INTERVAL_MS: '50',
  // The scans are run by the tests that want them, at the date they choose.
  EVENTS_SCAN_INTERVAL_MS: '0',
};
