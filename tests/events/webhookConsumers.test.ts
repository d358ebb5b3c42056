import type { EventTypeName } from '@lib/events/eventCatalogue';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { startSubgraphProcess, type SubgraphProcess } from '../support/subgraphProcess';
import { eventually, registerWebhook, webhookView } from './support/eventOperations';
import { natsTransport, QUICK_RETRIES } from './support/eventTransports';
import { publishToStream, streamConsumers } from './support/streamEvents';

const TYPES: EventTypeName[] = ['CASE_SENT_TO_CROWN_COURT', 'CROWN_COURT_FIRST_HEARING_LISTED'];
const OTHER: EventTypeName[] = ['CASE_RETURNED_BY_CROWN_COURT'];
const DELETE_WEBHOOK = /* GraphQL */ `
  #graphql
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`;

/**
 * With JetStream, each webhook is delivered from a durable consumer of its own, which the notifications subgraph
 * makes and deletes with the webhook. The subgraph runs as a process of its own here, so that it can be killed.
 */
describe('a webhook’s own JetStream consumer', () => {
  const transport = natsTransport();
  const stream = transport.env().EVENTS_NATS_STREAM ?? '';
  // Deliveries time out within a second, so a killed replica's message is given again within six (ACK margin 5 s).
  const env = { ...QUICK_RETRIES, ...transport.env(), EVENTS_DELIVERY_TIMEOUT_MS: '1000' };
  let supergraph: RunningSupergraph;
  let dataDir: string;
  let notifications: SubgraphProcess | null = null;
  let receiver: WebhookReceiver;
  let token: string;
  let webhook: { id: string; secret: string };
  let consumers: Awaited<ReturnType<typeof streamConsumers>>;

  const startNotifications = async () => {
    notifications = await startSubgraphProcess({
      name: 'notifications',
      portVariable: 'NOTIFICATIONS_PORT',
      port: supergraph.notifications.port,
      dataDir,
      env,
    });
  };

  beforeAll(async () => {
    ({ dataDir } = await seededDataDir());
    supergraph = await startSupergraph(dataDir, env);
    await supergraph.notifications.stop();
    supergraph.notifications.stop = async () => {
      await notifications?.crash();
    };
    await startNotifications();
    token = await supergraph.tokenFor('court-staff');
    receiver = await startWebhookReceiver();
    consumers = await streamConsumers(stream);
  }, 60_000);

  afterAll(async () => {
    await consumers?.close();
    await receiver?.close();
    await supergraph?.stop();
    await transport.cleanUp();
  });

  const receivedIds = () => receiver.received.map((entry) => entry.id);

  it('is made when the webhook is registered: its types, one message outstanding, explicit acknowledgement', async () => {
    webhook = await registerWebhook(supergraph, token, { url: receiver.url, types: TYPES });
    receiver.setSecret(webhook.secret);
    const info = await consumers.info(`webhook-${webhook.id}`);
    expect(info?.config).toMatchObject({
      durable_name: `webhook-${webhook.id}`,
      ack_policy: 'explicit',
      deliver_policy: 'by_start_sequence',
      max_ack_pending: 1,
    });
    // Several filter subjects need NATS 2.10; before it the consumer takes the stream and skips other types.
    const [major = 0, minor = 0] = consumers.serverVersion.split('.').map(Number);
    const subjects = TYPES.map((type) => `${stream}.${type}`);
    if (major > 2 || minor >= 10) expect(info?.config.filter_subjects).toEqual(subjects);
    else expect(info?.config.filter_subject ?? '').toBe('');
    const single = await registerWebhook(supergraph, token, { url: receiver.url, types: OTHER });
    expect((await consumers.info(`webhook-${single.id}`))?.config.filter_subject).toBe(
      `${stream}.${OTHER[0]}`,
    );
    expect((await supergraph.queryAs(token, DELETE_WEBHOOK, { id: single.id })).data).toEqual({
      deleteWebhook: true,
    });
  });

  it('delivers the events of its types, each record’s in order, signed, each once, and no others', async () => {
    const others = await publishToStream(stream, OTHER, 5, 2);
    const events = await publishToStream(stream, TYPES, 10, 4);
    await eventually(
      () => receiver.received.length,
      (count) => count === events.length,
    );
    expect(receivedIds()).toEqual(events.map((event) => event.id));
    for (const other of others) expect(receivedIds()).not.toContain(other.id);
    expect(receiver.counts).toMatchObject({ refused: 0, duplicates: 0 });
    const status = await eventually(
      () => webhookView(supergraph, token, webhook.id),
      (view) => view.deliveredCount === events.length,
    );
    expect(status).toMatchObject({ status: 'ACTIVE', lastError: null, consecutiveFailures: 0 });
    expect(status.cursor).not.toBeNull();
  });

  it('holds the events for a receiver that is down, then delivers them all in order when it is back', async () => {
    const before = receiver.received.length;
    await receiver.close();
    const events = await publishToStream(stream, TYPES, 3, 2);
    const failing = await eventually(
      () => webhookView(supergraph, token, webhook.id),
      (view) => view.status === 'FAILING' && view.consecutiveFailures >= 3,
    );
    expect(failing.lastError).toBe('connection refused');
    await receiver.reopen();
    await eventually(
      () => receiver.received.length - before,
      (count) => count === events.length,
    );
    expect(receivedIds().slice(before)).toEqual(events.map((event) => event.id));
    expect(await webhookView(supergraph, token, webhook.id)).toMatchObject({
      status: 'ACTIVE',
      failingSince: null,
      consecutiveFailures: 0,
    });
  });

  it('carries on where its consumer stood when the notifications subgraph is killed mid-stream: none lost', async () => {
    const before = receiver.received.length;
    const events = await publishToStream(stream, TYPES, 20, 15);
    await eventually(
      () => receiver.received.length - before,
      (count) => count >= 30,
    );
    await notifications?.crash();
    const atCrash = receiver.received.length - before;
    expect(atCrash).toBeLessThan(events.length);
    await startNotifications();
    await eventually(
      () => receiver.received.length - before,
      (count) => count === events.length,
      30_000,
    );
    // Every event arrived, in the stream's order; a repeat (the one in flight at the kill) the receiver drops by id.
    expect(receivedIds().slice(before)).toEqual(events.map((event) => event.id));
    expect(receiver.counts.duplicates).toBeLessThanOrEqual(1);
  }, 60_000);

  it('is deleted with its webhook, and nothing more is delivered', async () => {
    const deleted = await supergraph.queryAs(token, DELETE_WEBHOOK, { id: webhook.id });
    expect(deleted.data).toEqual({ deleteWebhook: true });
    expect(await consumers.info(`webhook-${webhook.id}`)).toBeNull();
    const delivered = receiver.received.length;
    await publishToStream(stream, TYPES, 2, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received).toHaveLength(delivered);
    // The log's own consumer is untouched: the pull feed still has the events.
    expect(await consumers.info('notifications-event-log')).not.toBeNull();
  });
});
