import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { hearingDateAhead, seededCandidates, type Candidate } from '../courts/support/seededCandidates';
import { sendThroughGraph } from './support/seededEvents';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { EVENTS, eventually, registerWebhook, webhookView, type EventView } from './support/eventOperations';
import { EMBEDDED, natsTransport, QUICK_RETRIES, type EventTransport } from './support/eventTransports';

const SENDING_TYPES = ['CASE_SENT_TO_CROWN_COURT', 'CROWN_COURT_FIRST_HEARING_LISTED'];

describe.each([EMBEDDED, natsTransport()])(
  'events delivered to a webhook ($name)',
  (transport: EventTransport) => {
    let supergraph: RunningSupergraph;
    let courtStaff: string;
    let triable: Candidate[];
    let receiver: WebhookReceiver;
    let webhook: { id: string; secret: string };
    let used = 0;
    const firstHearingOn = hearingDateAhead();

    beforeAll(async () => {
      const { dataDir } = await seededDataDir();
      supergraph = await startSupergraph(dataDir, { ...QUICK_RETRIES, ...transport.env() });
      courtStaff = await supergraph.tokenFor('court-staff');
      ({ triable } = await seededCandidates(supergraph.courts.system));
      receiver = await startWebhookReceiver();
      webhook = await registerWebhook(supergraph, courtStaff, { url: receiver.url, types: SENDING_TYPES });
      receiver.setSecret(webhook.secret);
    }, 60_000);

    afterAll(async () => {
      await receiver?.close();
      await supergraph?.stop();
      await transport.cleanUp();
    });

    const sendCase = () => sendThroughGraph(supergraph, courtStaff, triable[used++]);

    const receivedFor = (urn: string) =>
      receiver.received.filter((entry) => entry.event.data.identifiers.urn === urn);

    it('tells the Crown Court of a case sent through the graph: signed CloudEvents naming records, not people', async () => {
      const sent = await sendCase();
      const events = await eventually(
        () => receivedFor(sent.urn),
        (found) => found.length === 2,
      );
      expect(events.map((entry) => entry.event.data.eventType)).toEqual(SENDING_TYPES);
      for (const { event } of events) {
        expect(event).toMatchObject({
          specversion: '1.0',
          source: '/justice-gateway/courts',
          subject: `crownCourtCaseNumber/${sent.crownCourtCode}/${sent.caseNumber}`,
          datacontenttype: 'application/json',
        });
        expect(event.data.identifiers).toEqual({
          urn: sent.urn,
          crownCourtCaseNumber: sent.caseNumber,
          crownCourtCode: sent.crownCourtCode,
          pncId: sent.pncId,
        });
        // No name, date of birth or free text travels: only identifiers, codes and dates.
        expect(JSON.stringify(event)).not.toMatch(/firstName|lastName|dateOfBirth|wording/i);
      }
      expect(events[1]?.event.data.facts.hearingOn).toBe(firstHearingOn);
      expect(receiver.counts.refused).toBe(0);
      const status = await eventually(
        () => webhookView(supergraph, courtStaff, webhook.id),
        (view) => view.deliveredCount >= 2,
      );
      expect(status).toMatchObject({ status: 'ACTIVE', lastError: null, failingSince: null });
    });

    it('keeps each record’s events in order when cases are sent at once', async () => {
      const sent = await Promise.all([sendCase(), sendCase(), sendCase()]);
      for (const { urn } of sent) {
        const events = await eventually(
          () => receivedFor(urn),
          (found) => found.length === 2,
        );
        expect(events.map((entry) => entry.event.data.eventType)).toEqual(SENDING_TYPES);
      }
    });

    it('offers the same events as a pull feed, from a cursor, and as the person’s recent events', async () => {
      const sent = await sendCase();
      await eventually(
        () => receivedFor(sent.urn),
        (found) => found.length === 2,
      );
      const page = await supergraph.queryAs<{ events: { events: EventView[]; endCursor: string } }>(
        courtStaff,
        EVENTS,
        {
          types: SENDING_TYPES,
          pncId: sent.pncId,
        },
      );
      expect(page.errors).toBeUndefined();
      const mine = page.data?.events.events.filter((event) => event.urn === sent.urn) ?? [];
      expect(mine.map((event) => event.type)).toEqual(SENDING_TYPES);
      for (const event of mine) {
        expect(event).toMatchObject({
          crownCourtCaseNumber: sent.caseNumber,
          crownCourtCode: sent.crownCourtCode,
        });
      }
      expect(mine.map((event) => event.id)).toEqual(receivedFor(sent.urn).map((entry) => entry.id));
      expect(JSON.parse(mine[0]?.cloudEvent ?? '{}')).toEqual(receivedFor(sent.urn)[0]?.event);
      const after = await supergraph.queryAs<{ events: { events: EventView[] } }>(courtStaff, EVENTS, {
        after: mine[0]?.cursor,
        pncId: sent.pncId,
        types: SENDING_TYPES,
      });
      expect(after.data?.events.events.map((event) => event.id)).toEqual([mine[1]?.id]);
    });

    it('delivers everything, in order, to a receiver that was down for a while, and says how it went meanwhile', async () => {
      const before = receiver.received.length;
      await receiver.close();
      const sent = [await sendCase(), await sendCase()];
      const failing = await eventually(
        () => webhookView(supergraph, courtStaff, webhook.id),
        (view) => view.status === 'FAILING' && view.consecutiveFailures >= 2,
      );
      expect(failing.lastError).toBe('connection refused');
      expect(failing.nextAttemptAt).not.toBeNull();
      await receiver.reopen();
      for (const { urn } of sent)
        await eventually(
          () => receivedFor(urn),
          (found) => found.length === 2,
        );
      const arrived = receiver.received.slice(before).map((entry) => entry.event.data.identifiers.urn);
      expect(arrived).toEqual(sent.flatMap(({ urn }) => [urn, urn]));
      // The receiver notes an event before it answers, and the worker records the delivery once it has the answer:
      // the last arrival can be seen a moment before the webhook's state says so.
      const recovered = await eventually(
        () => webhookView(supergraph, courtStaff, webhook.id),
        (view) => view.status !== 'FAILING',
      );
      expect(recovered).toMatchObject({ status: 'ACTIVE', lastError: null, consecutiveFailures: 0 });
      expect(receiver.counts.duplicates).toBe(0);
    });
  },
);
