import { consoleWarning } from '@lib/subgraph/consoleWarning';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import type { NotificationsConfig } from './notificationsConfig';
import { startDeliveryWorker } from './services/deliveryWorker';
import { startConsumerDelivery } from './services/consumerDelivery';
import { startNatsIntake } from './services/natsIntake';
import { webhookService } from './services/webhooks';
import { createEventLogStore, type EventLogStore } from './store/eventLogStore';
import { notificationsMigrations } from './store/notificationsMigrations';
import type { NotificationsTables } from './store/notificationsTables';
import { createWebhookStore } from './store/webhookStore';

/** What a test may change in the notifications subgraph. */
export interface NotificationsOptions {
  /** Where delivery and intake report what went wrong (the process's structured log; the console when built directly). */
  log?: (message: string, error?: unknown) => void;
  /**
   * Wraps the log as the JetStream intake writes it, for instance to hold events back from it in a test, as a
   * loaded intake falls behind the webhooks' consumers.
   */
  wrapIntakeLog?: (eventLog: EventLogStore) => EventLogStore;
}

/**
 * The composition root of the notifications subgraph: opens and migrates its store (the event log and the
 * webhooks) and starts the delivery worker over the log; with EVENTS_NATS_URL set, instead, the intake from
 * JetStream into the log (otherwise the relays POST to its /events/relay route) and delivery from each webhook's
 * own JetStream consumer.
 */
export async function buildNotifications(
  databaseLocation: string,
  config: NotificationsConfig,
  options: NotificationsOptions = {},
) {
  const log = options.log ?? consoleWarning('notifications');
  const database = openDatabase<NotificationsTables>(databaseLocation);
  await migrateToLatest(database.db, notificationsMigrations);
  // Intake and delivery work on a connection of their own, so that their looking (ten times a second) neither
  // waits on the requests' connection nor counts among the statements requests run.
  const background = openDatabase<NotificationsTables>(databaseLocation, { postgresPoolSize: 3 });
  const eventLog = createEventLogStore(database);
  const backgroundLog = createEventLogStore(background);
  const webhookStore = createWebhookStore(database);
  const schedule = {
    baseMs: config.retryBaseMs,
    maxMs: config.retryMaxMs,
    pauseAfterMs: config.pauseAfterMs,
  };
  const delivery = {
    eventLog: backgroundLog,
    webhooks: createWebhookStore(background),
    schedule,
    timeoutMs: config.deliveryTimeoutMs,
    allowLoopback: config.allowLoopbackWebhooks,
    log,
  };
  const { natsUrl, natsStream } = config.events;
  // With JetStream, webhooks are delivered from consumers of their own (consumerDelivery.ts) and the log is kept
  // for the feed: the log's worker does not run, or each event would reach a webhook twice.
  const fromConsumers = natsUrl
    ? await startConsumerDelivery({ ...delivery, url: natsUrl, stream: natsStream })
    : null;
  const worker = fromConsumers
    ? null
    : startDeliveryWorker({ ...delivery, intervalMs: config.deliveryIntervalMs });
  // New events are delivered at once, rather than at the worker's next look.
  const onIngested = () => void worker?.deliverNow();
  const streamIntakeLog = options.wrapIntakeLog?.(backgroundLog) ?? backgroundLog;
  const intake = natsUrl
    ? await startNatsIntake(natsUrl, natsStream, streamIntakeLog, onIngested, log)
    : null;
  return {
    database,
    config,
    eventLog,
    /** The log as intake writes it, on the background connection (the relay route uses it too). */
    intakeLog: backgroundLog,
    webhooks: webhookService(webhookStore, eventLog, config.allowLoopbackWebhooks, fromConsumers?.hooks),
    onIngested,
    close: async () => {
      await intake?.stop();
      await fromConsumers?.stop();
      await worker?.stop();
      await background.close();
      await database.close();
    },
  };
}

/** Everything the notifications subgraph is built from. */
export type Notifications = Awaited<ReturnType<typeof buildNotifications>>;
