import type { OutboxTables } from '@lib/events/outboxTables';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { openDatabase } from '@lib/store/openDatabase';
import { seededCandidates, type Candidate } from '../courts/support/seededCandidates';
import { sendThroughGraph } from './support/seededEvents';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { testStoreLocation } from '../support/testStoreLocations';
import { startSubgraphProcess, type SubgraphProcess } from '../support/subgraphProcess';
import { eventually, registerWebhook } from './support/eventOperations';
import { EMBEDDED, natsTransport, QUICK_RETRIES, type EventTransport } from './support/eventTransports';
import { startRelayGate } from './support/relayGate';

const TYPES = ['CASE_SENT_TO_CROWN_COURT', 'CROWN_COURT_FIRST_HEARING_LISTED'];

/**
 * The courts subgraph killed with SIGKILL between the commit of a sending and the relay of its events: nothing
 * committed is lost, and nothing reaches the log (or a webhook) twice.
 */
describe.each([EMBEDDED, natsTransport()])(
  'a subgraph killed between commit and relay ($name)',
  (transport: EventTransport) => {
    let supergraph: RunningSupergraph;
    let dataDir: string;
    let receiver: WebhookReceiver;
    let courtStaff: string;
    let triable: Candidate[];
    let running: SubgraphProcess | null = null;
    let outbox: ReturnType<typeof openDatabase<OutboxTables>>;

    beforeAll(async () => {
      ({ dataDir } = await seededDataDir());
      supergraph = await startSupergraph(dataDir, { ...QUICK_RETRIES, ...transport.env() });
      courtStaff = await supergraph.tokenFor('court-staff');
      ({ triable } = await seededCandidates(supergraph.courts.system));
      receiver = await startWebhookReceiver();
      receiver.setSecret(
        (await registerWebhook(supergraph, courtStaff, { url: receiver.url, types: TYPES })).secret,
      );
      // From here the courts subgraph runs as a process of its own, on the same port, so that it can be killed.
      await supergraph.courts.stop();
      supergraph.courts.stop = async () => {
        await running?.crash();
      };
      outbox = openDatabase<OutboxTables>(testStoreLocation(dataDir, 'magistrates'));
    }, 60_000);

    afterAll(async () => {
      await outbox?.close();
      await receiver?.close();
      await supergraph?.stop();
      await transport.cleanUp();
    });

    const startCourts = async (env: Record<string, string>) => {
      running = await startSubgraphProcess({
        name: 'courts',
        portVariable: 'COURTS_PORT',
        port: supergraph.courts.port,
        dataDir,
        env: {
          ...QUICK_RETRIES,
          ...transport.env(),
          EVENTS_NOTIFICATIONS_URL: supergraph.notifications.graphqlUrl,
          ...env,
        },
      });
    };

    const sendCase = async (found: Candidate | undefined) =>
      (await sendThroughGraph(supergraph, courtStaff, found)).urn;

    async function outboxOf(urn: string) {
      return outbox.db
        .selectFrom('eventOutbox')
        .select(['eventId', 'relayedAt'])
        .where('envelope', 'like', `%"urn":"${urn}"%`)
        .orderBy('seq')
        .execute();
    }

    async function loggedTimes(eventIds: string[]): Promise<number[]> {
      const rows = await supergraph.notifications.system.database.db
        .selectFrom('eventLog')
        .select('eventId')
        .where('eventId', 'in', eventIds)
        .execute();
      return eventIds.map((id) => rows.filter((row) => row.eventId === id).length);
    }

    const receivedFor = (urn: string) =>
      receiver.received.filter((entry) => entry.event.data.identifiers.urn === urn);

    it('relays what was committed once the subgraph is back, to the log and the webhook once each', async () => {
      const gate = transport === EMBEDDED ? await startRelayGate(supergraph.notifications.graphqlUrl) : null;
      try {
        // Killed after committing, with its relay holding the events but not yet answered (over NATS: with nowhere
        // to hand them, since its own commit would wake it at once).
        gate?.setMode('hold');
        await startCourts(
          gate
            ? { EVENTS_NOTIFICATIONS_URL: gate.url }
            : { EVENTS_NOTIFICATIONS_URL: '', EVENTS_NATS_URL: '' },
        );
        const first = await sendCase(triable[0]);
        if (gate)
          await eventually(
            () => gate.batches.length,
            (count) => count > 0,
          );
        await running?.crash();
        const committed = await outboxOf(first);
        expect(committed.map((row) => row.relayedAt)).toEqual([null, null]);
        const ids = committed.map((row) => row.eventId);
        expect(await loggedTimes(ids)).toEqual([0, 0]);

        if (gate) {
          // Killed again after handing them on, before it could mark them relayed.
          gate.setMode('forward-then-hold');
          await startCourts({ EVENTS_NOTIFICATIONS_URL: gate.url });
          await eventually(
            () => gate.batches.filter((batch) => batch.mode === 'forward-then-hold').length,
            (n) => n > 0,
          );
          await running?.crash();
          expect((await outboxOf(first)).map((row) => row.relayedAt)).toEqual([null, null]);
          expect(await loggedTimes(ids)).toEqual([1, 1]);
          gate.setMode('pass');
        }

        await startCourts(gate ? { EVENTS_NOTIFICATIONS_URL: gate.url } : {});
        const second = await sendCase(triable[1]);
        await eventually(
          () => receivedFor(second),
          (found) => found.length === 2,
        );
        await eventually(
          () => outboxOf(first),
          (rows) => rows.every((row) => row.relayedAt !== null),
        );
        expect(receivedFor(first).map((entry) => entry.id)).toEqual(ids);
        expect(await loggedTimes(ids)).toEqual([1, 1]);
        expect(receiver.counts.duplicates).toBe(0);
        // The relay did hand the first case's events on more than once: the log kept them once.
        if (gate)
          expect(gate.batches.filter((batch) => batch.eventIds.includes(ids[0] ?? '')).length).toBe(3);
      } finally {
        await running?.crash();
        running = null;
        await gate?.close();
      }
    });

    it('relays again, without a second copy anywhere, what a crash left unmarked after it was handed on', async () => {
      await startCourts({});
      const urn = await sendCase(triable[2]);
      await eventually(
        () => receivedFor(urn),
        (found) => found.length === 2,
      );
      await eventually(
        () => outboxOf(urn),
        (rows) => rows.every((row) => row.relayedAt !== null),
      );
      await running?.crash();
      // What SIGKILL after the publish and before the mark leaves: the events handed on, the outbox unmarked.
      await outbox.db
        .updateTable('eventOutbox')
        .set({ relayedAt: null })
        .where('envelope', 'like', `%"urn":"${urn}"%`)
        .execute();
      await startCourts({});
      await eventually(
        () => outboxOf(urn),
        (rows) => rows.every((row) => row.relayedAt !== null),
      );
      const ids = (await outboxOf(urn)).map((row) => row.eventId);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await loggedTimes(ids)).toEqual([1, 1]);
      expect(receivedFor(urn)).toHaveLength(2);
      expect(receiver.counts.duplicates).toBe(0);
      await running?.crash();
      running = null;
    });
  },
);
