import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import type { NotificationsConfig } from './notificationsConfig';
import { startDeliveryWorker } from './services/deliveryWorker';
import { startNatsIntake } from './services/natsIntake';
import { webhookService } from './services/webhooks';
import { createEventLogStore } from './store/eventLogStore';
import { notificationsMigrations } from './store/notificationsMigrations';
import type { NotificationsTables } from './store/notificationsTables';
import { createWebhookStore } from './store/webhookStore';

/**
 * The composition root of the notifications subgraph: opens and migrates its store (the event log and the
 * webhooks), starts the delivery worker, and, with EVENTS_NATS_URL set, the intake from JetStream (otherwise the
 * relays POST to its /events/relay route).
 */
export async function buildNotifications(
  databaseLocation: string,
  config: NotificationsConfig,
  log: (message: string, error?: unknown) => void = (message, error) =>
    console.warn(`[notifications] ${message}`, error ?? ''),
) {
  const database = openDatabase<NotificationsTables>(databaseLocation);
  await migrateToLatest(database.db, notificationsMigrations);
  // Intake and delivery work on a connection of their own, so that their looking (ten times a second) neither
  // waits on the requests' connection nor counts among the statements requests run.
  const background = openDatabase<NotificationsTables>(databaseLocation, { postgresPoolSize: 3 });
  const eventLog = createEventLogStore(database);
  const backgroundLog = createEventLogStore(background);
  const webhookStore = createWebhookStore(database);
  const worker = startDeliveryWorker({
    eventLog: backgroundLog,
    webhooks: createWebhookStore(background),
    schedule: { baseMs: config.retryBaseMs, maxMs: config.retryMaxMs, pauseAfterMs: config.pauseAfterMs },
    intervalMs: config.deliveryIntervalMs,
    timeoutMs: config.deliveryTimeoutMs,
    allowLoopback: config.allowLoopbackWebhooks,
    log,
  });
  // New events are delivered at once, rather than at the worker's next look.
  const onIngested = () => void worker.deliverNow();
  const { natsUrl, natsStream } = config.events;
  const intake = natsUrl ? await startNatsIntake(natsUrl, natsStream, backgroundLog, onIngested, log) : null;
  return {
    database,
    config,
    eventLog,
    /** The log as intake writes it, on the background connection (the relay route uses it too). */
    intakeLog: backgroundLog,
    webhooks: webhookService(webhookStore, eventLog, config.allowLoopbackWebhooks),
    worker,
    onIngested,
    close: async () => {
      await intake?.stop();
      await worker.stop();
      await background.close();
      await database.close();
    },
  };
}

/** Everything the notifications subgraph is built from. */
export type Notifications = Awaited<ReturnType<typeof buildNotifications>>;
