import type { EventTypeName } from '@lib/events/eventCatalogue';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { EVENTS, eventually, registerWebhook, webhookView, type EventView } from './support/eventOperations';
import { natsTransport, QUICK_RETRIES } from './support/eventTransports';
import { heldIntake } from './support/heldIntake';
import { publishToStream, streamConsumers } from './support/streamEvents';

const TYPES: EventTypeName[] = ['CASE_SENT_TO_CROWN_COURT', 'CROWN_COURT_FIRST_HEARING_LISTED'];

/**
 * With JetStream, a webhook's own consumer and the log's intake consumer take the same events independently: the
 * webhook may have an event delivered before the log keeps it. Its cursor (its place in the log) must still come
 * to the event delivered last once the log has it, rather than stay where the log stood at delivery.
 */
describe('a webhook delivered from its JetStream consumer ahead of the log', () => {
  const transport = natsTransport();
  const stream = transport.env().EVENTS_NATS_STREAM ?? '';
  const intake = heldIntake();
  let supergraph: RunningSupergraph;
  let receiver: WebhookReceiver;
  let token: string;
  let webhook: { id: string; secret: string };
  let consumers: Awaited<ReturnType<typeof streamConsumers>>;

  beforeAll(async () => {
    const { dataDir } = await seededDataDir();
    supergraph = await startSupergraph(dataDir, { ...QUICK_RETRIES, ...transport.env() }, intake.registry());
    token = await supergraph.tokenFor('court-staff');
    receiver = await startWebhookReceiver();
    consumers = await streamConsumers(stream);
  }, 60_000);

  afterAll(async () => {
    intake.release();
    await consumers?.close();
    await receiver?.close();
    await supergraph?.stop();
    await transport.cleanUp();
  });

  async function feed(after: string | null): Promise<EventView[]> {
    const page = await supergraph.queryAs<{ events: { events: EventView[] } }>(token, EVENTS, {
      after,
      types: TYPES,
      first: 500,
    });
    expect(page.errors).toBeUndefined();
    return page.data?.events.events ?? [];
  }

  it('has its cursor at the event delivered last as soon as the log keeps it', async () => {
    webhook = await registerWebhook(supergraph, token, { url: receiver.url, types: TYPES });
    receiver.setSecret(webhook.secret);
    const registeredAt = (await webhookView(supergraph, token, webhook.id)).cursor;

    intake.hold();
    const events = await publishToStream(stream, TYPES, 3, 2);
    const delivered = await eventually(
      () => webhookView(supergraph, token, webhook.id),
      (view) => view.deliveredCount === events.length,
    );
    expect(receiver.received.map((entry) => entry.id)).toEqual(events.map((event) => event.id));
    // Every event was delivered while the log had none of them: the lag is real, and the cursor has not moved to
    // a place the log does not have.
    expect(intake.waiting()).toBeGreaterThan(0);
    expect(await feed(registeredAt)).toEqual([]);
    expect(delivered.cursor).toBe(registeredAt);

    intake.release();
    const lastId = events.at(-1)?.id;
    const logged = await eventually(
      () => feed(registeredAt),
      (page) => page.some((event) => event.id === lastId),
    );
    const lastCursor = logged.find((event) => event.id === lastId)?.cursor;
    expect(lastCursor).toBeDefined();
    expect((await webhookView(supergraph, token, webhook.id)).cursor).toBe(lastCursor);
    expect(receiver.counts).toMatchObject({ refused: 0, duplicates: 0 });
  });

  it('has a consumer it lost remade after the event delivered last, though the log has not kept it', async () => {
    const before = receiver.received.length;
    intake.hold();
    const held = await publishToStream(stream, TYPES, 1, 2);
    await eventually(
      () => receiver.received.length - before,
      (count) => count === held.length,
    );
    const consumer = `webhook-${webhook.id}`;
    await consumers.remove(consumer);
    // The subgraph matches consumers to webhooks every two seconds, and remakes the one missing.
    const remade = await eventually(
      () => consumers.info(consumer),
      (info) => info !== null,
    );
    expect(remade?.config.opt_start_seq).toBeGreaterThan(0);
    const after = await publishToStream(stream, TYPES, 1, 2);
    await eventually(
      () => receiver.received.length - before,
      (count) => count >= held.length + after.length,
    );
    // Nothing delivered again: the new consumer starts after the held events, which the log does not have yet.
    expect(receiver.received.slice(before).map((entry) => entry.id)).toEqual(
      [...held, ...after].map((event) => event.id),
    );
    expect(receiver.counts.duplicates).toBe(0);
    intake.release();
  });
});
