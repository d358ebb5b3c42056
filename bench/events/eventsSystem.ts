import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { subgraphCommand } from '@lib/config/processCommands';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { openDatabase } from '@lib/store/openDatabase';
import { answersOk, startServiceProcess, type ServiceProcess } from '../system/serviceProcess';
import { consumerNameOf } from '../../subgraphs/notifications/src/services/webhookConsumers';
import { webhookService } from '../../subgraphs/notifications/src/services/webhooks';
import { createEventLogStore } from '../../subgraphs/notifications/src/store/eventLogStore';
import type { NotificationsTables } from '../../subgraphs/notifications/src/store/notificationsTables';
import { createWebhookStore } from '../../subgraphs/notifications/src/store/webhookStore';

/** How events travel in a run: the embedded default, or JetStream at a NATS URL. */
export interface Transport {
  name: 'embedded' | 'NATS JetStream';
  natsUrl: string | null;
}

/** The services of one run: confiscation (whose outbox is written), notifications, and a counting receiver. */
export interface EventsSystem {
  dataDir: string;
  confiscationStore: string;
  receiver: WebhookReceiver;
  stop(): Promise<void>;
}

/**
 * Waits for the notifications process to make the webhook's JetStream consumer: the webhook is registered in the
 * store here, not through the process, which makes its consumer at its next look (within two seconds), and events
 * committed before it would be timed from before the webhook could take them.
 */
async function consumerMade(natsUrl: string, stream: string, webhookId: string): Promise<void> {
  const nc = await connect({ servers: natsUrl.replace('nats://', '') });
  const jsm = await nc.jetstreamManager();
  try {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      if (await jsm.consumers.info(stream, consumerNameOf(webhookId)).catch(() => null)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the webhook's consumer was not made on ${stream}`);
  } finally {
    await nc.close();
  }
}

function startSubgraphProcess(name: string, portVariable: string, env: Record<string, string | undefined>) {
  const command = subgraphCommand(name, true);
  const [entry = '', ...entryArguments] = command.argv;
  return startServiceProcess({
    name,
    entry,
    entryArguments,
    loaderArguments: command.node,
    portVariable,
    env,
    isReady: answersOk('/health/ready'),
  });
}

/**
 * Starts, in a fresh data folder, the notifications and confiscation subgraphs each in a process of its own
 * (compiled, as deployed), a receiver in this process, and a webhook for it registered with the webhooks service
 * as an agency reading confiscation would have it.
 */
export async function startEventsSystem(transport: Transport): Promise<EventsSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-events-'));
  const stream = `BENCH_EVENTS_${process.pid}_${Date.now()}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LOG_FILE: '',
    EVENTS_SCAN_INTERVAL_MS: '0',
    // The receiver is this process, over http on loopback, which the delivery refuses unless told (as the tests do).
    EVENTS_WEBHOOK_ALLOW_LOOPBACK: 'true',
    ...(transport.natsUrl ? { EVENTS_NATS_URL: transport.natsUrl, EVENTS_NATS_STREAM: stream } : {}),
  };
  const services: ServiceProcess[] = [];
  const receiver = await startWebhookReceiver();
  try {
    const notifications = await startSubgraphProcess('notifications', 'NOTIFICATIONS_PORT', env);
    services.push(notifications);
    services.push(
      await startSubgraphProcess('confiscation', 'CONFISCATION_PORT', {
        ...env,
        EVENTS_NOTIFICATIONS_URL: notifications.graphqlUrl,
      }),
    );
    const store = openDatabase<NotificationsTables>(join(dataDir, 'notifications.db'));
    const webhooks = webhookService(createWebhookStore(store), createEventLogStore(store), true);
    const { secret, webhookId } = await webhooks.register(
      { subject: 'bench', agency: 'bench', scopes: new Set(['confiscation:read']), caseload: null },
      { url: receiver.url, types: ['CONFISCATION_PAYMENT_RECEIVED'] },
    );
    await store.close();
    if (transport.natsUrl) await consumerMade(transport.natsUrl, stream, webhookId);
    receiver.setSecret(secret);
  } catch (error) {
    await Promise.all(services.map((service) => service.stop()));
    await receiver.close();
    throw error;
  }
  return {
    dataDir,
    confiscationStore: join(dataDir, 'confiscation.db'),
    receiver,
    async stop() {
      await Promise.all(services.map((service) => service.stop()));
      await receiver.close();
      if (transport.natsUrl) {
        const nc = await connect({ servers: transport.natsUrl.replace('nats://', '') });
        await (await nc.jetstreamManager()).streams.delete(stream).catch(() => false);
        await nc.close();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
