import { londonDateOf } from '@lib/time/londonTime';
import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { freshKey, hoursAgo, movementCalls, newPerson, recordOf } from '../custody/support/movementCalls';
import { eventually, registerWebhook } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';

const TYPES = ['PRISONER_RECEIVED', 'PRISONER_TRANSFERRED', 'PRISONER_RELEASED'];

let supergraph: RunningSupergraph;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
}, 60_000);

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await supergraph?.stop();
});

async function receiverFor(token: string) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  receiver.setSecret((await registerWebhook(supergraph, token, { url: receiver.url, types: TYPES })).secret);
  return receiver;
}

describe('movements announced', () => {
  it('tells staff of the prisons involved of a reception, transfer and release, in order, and no other prison’s staff', async () => {
    const staffOfBoth = await supergraph.tokenFor('prison-staff', { caseload: 'LEI,MDI' });
    const bothPrisons = await receiverFor(staffOfBoth);
    const leedsOnly = await receiverFor(await supergraph.tokenFor('prison-staff', { caseload: 'LEI' }));
    const elsewhere = await receiverFor(await supergraph.tokenFor('prison-staff', { caseload: 'BMI' }));
    const calls = movementCalls(supergraph);
    const person = await newPerson(supergraph);
    const receivedAt = hoursAgo(3);
    const received = recordOf(
      await calls.receive(staffOfBoth, {
        newPerson: person,
        prisonCode: 'LEI',
        fromCourtCode: 'B13LS00',
        occurredAt: receivedAt,
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    const { prisonNumber } = received;
    const bookingNumber = received.booking.bookingNumber;
    const transfer = {
      prisonNumber,
      fromPrisonCode: 'LEI',
      toPrisonCode: 'MDI',
      reason: 'POPULATION_PRESSURE',
      occurredAt: hoursAgo(2),
      idempotencyKey: freshKey(),
    };
    recordOf(await calls.transfer(staffOfBoth, transfer), 'transferPrisoner');
    // A transfer repeated by its key records nothing, and announces nothing, again.
    expect(recordOf(await calls.transfer(staffOfBoth, transfer), 'transferPrisoner').replayed).toBe(true);
    recordOf(
      await calls.release(staffOfBoth, {
        prisonNumber,
        prisonCode: 'MDI',
        reason: 'BAIL',
        occurredAt: hoursAgo(1),
        idempotencyKey: freshKey(),
      }),
      'releasePrisoner',
    );
    const told = await eventually(
      () => bothPrisons.received,
      (received) => received.length === 3,
    );
    expect(told.map((entry) => entry.event.data.eventType)).toEqual(TYPES);
    const identifiers = { prisonNumber, pncId: person.pncId };
    expect(told.map((entry) => entry.event.data)).toEqual([
      {
        eventType: 'PRISONER_RECEIVED',
        identifiers,
        establishmentCode: 'LEI',
        facts: {
          bookingNumber,
          custodyStatus: 'REMAND',
          receivedFrom: 'B13LS00',
          reception: 'FIRST',
          occurredOn: londonDateOf(receivedAt),
        },
      },
      {
        eventType: 'PRISONER_TRANSFERRED',
        identifiers,
        establishmentCode: 'MDI',
        facts: {
          bookingNumber,
          fromPrisonCode: 'LEI',
          toPrisonCode: 'MDI',
          reason: 'POPULATION_PRESSURE',
          occurredOn: londonDateOf(transfer.occurredAt),
        },
      },
      {
        eventType: 'PRISONER_RELEASED',
        identifiers,
        establishmentCode: 'MDI',
        facts: expect.objectContaining({ bookingNumber, custodyStatus: 'REMAND', reason: 'BAIL' }) as unknown,
      },
    ]);
    expect(told.map((entry) => entry.event.subject)).toEqual(TYPES.map(() => `prisonNumber/${prisonNumber}`));
    expect(told[0]?.event.time).toBe(receivedAt);
    // Codes and dates only: nothing of the person but their identifiers travels.
    const sent = JSON.stringify(told);
    for (const detail of [person.firstName, person.lastName, person.dateOfBirth])
      expect(sent).not.toContain(detail);
    // Leeds's staff hear of the reception at Leeds and of nothing once the prisoner has gone to Moorland.
    await eventually(
      () => leedsOnly.received,
      (received) => received.length >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bothPrisons.received).toHaveLength(3);
    expect(leedsOnly.received.map((entry) => entry.event.data.eventType)).toEqual(['PRISONER_RECEIVED']);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('announces nothing for a movement refused', async () => {
    const staff = await supergraph.tokenFor('prison-staff', { caseload: 'WWI' });
    const atWandsworth = await receiverFor(staff);
    const calls = movementCalls(supergraph);
    const received = recordOf(
      await calls.receive(staff, {
        newPerson: await newPerson(supergraph),
        prisonCode: 'WWI',
        occurredAt: hoursAgo(2),
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    const refused = await calls.release(staff, {
      prisonNumber: received.prisonNumber,
      prisonCode: 'WWI',
      reason: 'CONDITIONAL_RELEASE',
      idempotencyKey: freshKey(),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RELEASE_REASON_NOT_ALLOWED');
    await eventually(
      () => atWandsworth.received,
      (received) => received.length >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(atWandsworth.received.map((entry) => entry.event.data.eventType)).toEqual(['PRISONER_RECEIVED']);
  });
});
