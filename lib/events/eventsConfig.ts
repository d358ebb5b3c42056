import { ensureDevSecret } from '../auth/devKeys';
import { ConfigurationError, readInteger, readString, readUrl } from '../config/environment';
import { newWebhookSecret } from './webhookSignature';

/** How a subgraph's events leave it, read once at start-up. */
export interface EventsConfig {
  /**
   * Where the relay hands events on over HTTP: the notifications subgraph's GraphQL URL
   * (EVENTS_NOTIFICATIONS_URL, which start-up sets); null leaves them waiting in the outbox.
   */
  notificationsUrl: string | null;
  /** A NATS server (EVENTS_NATS_URL, e.g. nats://127.0.0.1:4222): when set, events go through JetStream. */
  natsUrl: string | null;
  /** The JetStream stream (EVENTS_NATS_STREAM, default JUSTICE_EVENTS); its subjects are `<stream>.<type>`. */
  natsStream: string;
  /**
   * The secret that signs relayed batches (EVENTS_RELAY_SECRET, a `whsec_` secret); unset means the development
   * secret under DATA_DIR/keys, made on first use, which every process of one deployment shares.
   */
  relaySecret: string;
  /**
   * How often the relay looks for events waiting while it finds some (EVENTS_RELAY_INTERVAL_MS, default 100); a
   * commit of its own process that records one wakes it at once.
   */
  relayIntervalMs: number;
  /**
   * The longest the relay waits between looks that find nothing (EVENTS_RELAY_IDLE_INTERVAL_MS, default 2000): its
   * wait doubles up to this, so an idle relay barely queries its stores. On PostgreSQL a commit of any process or
   * replica wakes it (outboxCommitListener.ts); events it did not hear of (recorded while it was down or its
   * listening connection was lost, or by another process on SQLite) wait at most this long.
   */
  relayIdleIntervalMs: number;
  /** How often the scans for dated events run (EVENTS_SCAN_INTERVAL_MS, default 60000; 0 turns them off). */
  scanIntervalMs: number;
  /**
   * How long relayed events stay in a store's outbox (EVENTS_OUTBOX_KEEP_HOURS, default 168, a week; 0 keeps
   * them for ever): long enough to look into what a store announced, while the notifications log keeps them for
   * consumers.
   */
  keepRelayedMs: number | null;
}

/** Hours to keep relayed events, as milliseconds; 0 means for ever (null). */
function keepHoursAsMs(hours: number): number | null {
  return hours === 0 ? null : hours * 3_600_000;
}

const DEV_RELAY_SECRET_FILE = 'events-relay.secret';

/** Reads the events settings of a process from its environment. */
export function readEventsConfig(env: Record<string, string | undefined>, dataDir: string): EventsConfig {
  const natsUrl = readString(env, 'EVENTS_NATS_URL', '') || null;
  if (natsUrl !== null && !/^(nats|tls):\/\/[^/]+$/.test(natsUrl)) {
    throw new ConfigurationError(`EVENTS_NATS_URL must be a nats:// URL, got "${natsUrl}"`);
  }
  const natsStream = readString(env, 'EVENTS_NATS_STREAM', 'JUSTICE_EVENTS');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(natsStream)) {
    throw new ConfigurationError(
      `EVENTS_NATS_STREAM must be 1 to 64 letters, digits, _ or -, got "${natsStream}"`,
    );
  }
  return {
    notificationsUrl: env.EVENTS_NOTIFICATIONS_URL ? readUrl(env, 'EVENTS_NOTIFICATIONS_URL', '') : null,
    natsUrl,
    natsStream,
    relaySecret:
      readString(env, 'EVENTS_RELAY_SECRET', '') ||
      ensureDevSecret(dataDir, DEV_RELAY_SECRET_FILE, newWebhookSecret),
    relayIntervalMs: readInteger(env, 'EVENTS_RELAY_INTERVAL_MS', 100, 10, 60_000),
    relayIdleIntervalMs: readInteger(env, 'EVENTS_RELAY_IDLE_INTERVAL_MS', 2_000, 10, 600_000),
    scanIntervalMs: readInteger(env, 'EVENTS_SCAN_INTERVAL_MS', 60_000, 0, 86_400_000),
    keepRelayedMs: keepHoursAsMs(readInteger(env, 'EVENTS_OUTBOX_KEEP_HOURS', 168, 0, 87_600)),
  };
}
