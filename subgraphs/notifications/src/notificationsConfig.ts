import { readInteger, readString } from '@lib/config/environment';
import { readEventsConfig, type EventsConfig } from '@lib/events/eventsConfig';

/** How the notifications subgraph takes events in and delivers them, read once at start-up. */
export interface NotificationsConfig {
  events: EventsConfig;
  /**
   * How often the embedded delivery worker looks for webhooks with events waiting (EVENTS_DELIVERY_INTERVAL_MS,
   * 100); with NATS, JetStream hands each webhook's consumer its messages as they come.
   */
  deliveryIntervalMs: number;
  /**
   * How long one delivery may take before it counts as failed (EVENTS_DELIVERY_TIMEOUT_MS, default 10000); with
   * NATS, 5 s more is how long a webhook's consumer waits for the acknowledgement.
   */
  deliveryTimeoutMs: number;
  /** The wait after the first failure; it doubles with each one after (EVENTS_RETRY_BASE_MS, default 5000). */
  retryBaseMs: number;
  /** The longest wait between attempts (EVENTS_RETRY_MAX_MS, default one hour). */
  retryMaxMs: number;
  /** How long a webhook may fail before it is paused (EVENTS_PAUSE_AFTER_MS, default a day). */
  pauseAfterMs: number;
  /**
   * Whether a webhook may be plain http to this machine (EVENTS_WEBHOOK_ALLOW_LOOPBACK=true): for development and
   * tests only. Otherwise every webhook is https.
   */
  allowLoopbackWebhooks: boolean;
}

/** Reads the notifications subgraph's settings. */
export function readNotificationsConfig(
  env: Record<string, string | undefined>,
  dataDir: string,
): NotificationsConfig {
  return {
    events: readEventsConfig(env, dataDir),
    deliveryIntervalMs: readInteger(env, 'EVENTS_DELIVERY_INTERVAL_MS', 100, 10, 60_000),
    deliveryTimeoutMs: readInteger(env, 'EVENTS_DELIVERY_TIMEOUT_MS', 10_000, 100, 60_000),
    retryBaseMs: readInteger(env, 'EVENTS_RETRY_BASE_MS', 5_000, 10, 3_600_000),
    retryMaxMs: readInteger(env, 'EVENTS_RETRY_MAX_MS', 3_600_000, 10, 86_400_000),
    pauseAfterMs: readInteger(env, 'EVENTS_PAUSE_AFTER_MS', 86_400_000, 100, 30 * 86_400_000),
    allowLoopbackWebhooks: readString(env, 'EVENTS_WEBHOOK_ALLOW_LOOPBACK', 'false') === 'true',
  };
}
