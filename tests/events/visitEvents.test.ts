import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { visitCalls, visitOf } from '../visits/support/visitCalls';
import { daysAhead, startVisitsSupergraph, type VisitsSupergraph } from '../visits/support/visitsFixture';
import { eventually, registerWebhook } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';

const TYPES = ['VISIT_BOOKED', 'VISIT_CANCELLED', 'VISIT_TO_BE_REARRANGED'];

const CLOSE_DAY = /* GraphQL */ `
  #graphql
  mutation CloseDay($input: BlockVisitDateInput!) {
    blockVisitDate(input: $input) {
      date
    }
  }
`;

let fixture: VisitsSupergraph;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  fixture = await startVisitsSupergraph(QUICK_RETRIES);
}, 60_000);

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await fixture?.supergraph.stop();
});

async function receiverFor(token: string) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  receiver.setSecret(
    (await registerWebhook(fixture.supergraph, token, { url: receiver.url, types: TYPES })).secret,
  );
  return receiver;
}

describe('visits announced', () => {
  it('tells the prison’s staff of a visit booked and cancelled, in order, naming the visit and not the visitors', async () => {
    const staff = await fixture.staff('LEI');
    const atLeeds = await receiverFor(staff);
    const elsewhere = await receiverFor(await fixture.staff('MDI'));
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED');
    const startTime = await fixture.addDailySession('LEI', '19:00', '20:00', { open: 10, closed: 0 });
    const calls = visitCalls(fixture.supergraph);
    const booked = visitOf(
      await calls.book(staff, { prisonNumber, prisonCode: 'LEI', date: daysAhead(10), startTime }),
      'bookVisit',
    );
    const cancelled = await calls.cancel(staff, booked.reference);
    expect(cancelled.errors).toBeUndefined();
    const told = await eventually(
      () => atLeeds.received,
      (received) => received.length === 2,
    );
    expect(told.map((entry) => entry.event.data.eventType)).toEqual(TYPES.slice(0, 2));
    for (const { event } of told) {
      expect(event.subject).toBe(`visitReference/${booked.reference}`);
      expect(event.data).toMatchObject({
        identifiers: { visitReference: booked.reference, prisonNumber },
        establishmentCode: 'LEI',
        facts: { sessionDate: daysAhead(10), startTime },
      });
      expect(JSON.stringify(event)).not.toMatch(/Ann|Bo\b/);
    }
    // A cancellation repeated changes nothing, and announces nothing more.
    expect((await calls.cancel(staff, booked.reference)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(atLeeds.received).toHaveLength(2);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('tells the prison’s staff of each visit to rearrange when the day is closed, once however often it is closed', async () => {
    const staff = await fixture.staff('LEI');
    const atLeeds = await receiverFor(staff);
    const startTime = await fixture.addDailySession('LEI', '14:00', '15:00', { open: 10, closed: 0 });
    const date = daysAhead(12);
    const calls = visitCalls(fixture.supergraph);
    const booked = [];
    for (const status of ['SENTENCED', 'REMAND'] as const) {
      const prisonNumber = await fixture.addPrisoner('LEI', status);
      const visit = visitOf(
        await calls.book(staff, { prisonNumber, prisonCode: 'LEI', date, startTime }),
        'bookVisit',
      );
      booked.push(visit.reference);
    }
    const closeDay = () =>
      fixture.supergraph.queryAs(staff, CLOSE_DAY, {
        input: { prisonCode: 'LEI', date, reason: 'Staff shortage' },
      });
    expect((await closeDay()).errors).toBeUndefined();
    expect((await closeDay()).errors).toBeUndefined();
    const rearrange = () =>
      atLeeds.received.filter((entry) => entry.event.data.eventType === 'VISIT_TO_BE_REARRANGED');
    const told = await eventually(rearrange, (received) => received.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rearrange()).toHaveLength(2);
    expect(told.map((entry) => entry.event.data.identifiers.visitReference).sort()).toEqual(booked.sort());
    for (const { event } of told) {
      expect(event.data).toMatchObject({ establishmentCode: 'LEI', facts: { sessionDate: date, startTime } });
      expect(JSON.stringify(event)).not.toContain('Staff shortage');
    }
  });
});
