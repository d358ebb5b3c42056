import { checkVisitingOrders } from '../../scripts/bookingBench/visitingOrderChecks';
import { queryPlans, scansATable } from '../support/queryPlans';
import { visitCalls, visitOf } from './support/visitCalls';
import {
  daysAhead,
  errorCode,
  freshKey,
  startVisitsSupergraph,
  type VisitsSupergraph,
} from './support/visitsFixture';

let fixture: VisitsSupergraph;
let calls: ReturnType<typeof visitCalls>;
let alice: string;

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
  calls = visitCalls(fixture.supergraph);
  alice = await fixture.publicBooker('alice');
});

afterAll(() => fixture.supergraph.stop());

function codes(responses: { errors?: { extensions?: Record<string, unknown> }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const raw = response.errors?.[0]?.extensions?.code;
    const code = response.errors ? (typeof raw === 'string' ? raw : 'UNKNOWN') : 'BOOKED';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

async function liveInSession(startTime: string, date: string): Promise<number> {
  const rows = await fixture.visitsDb
    .selectFrom('visit')
    .select('reference')
    .where('prisonCode', '=', 'LEI')
    .where('sessionDate', '=', date)
    .where('startTime', '=', startTime)
    .where('status', 'in', ['BOOKED', 'RESERVED'])
    .execute();
  return rows.length;
}

describe('bookings racing for the last places', () => {
  it('books exactly the places left: 30 at once for 5 places gives 5 visits and 25 SESSION_FULL', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:00', '21:00', { open: 8, closed: 1 });
    const date = daysAhead(10);
    const prisoners = await Promise.all(
      Array.from({ length: 33 }, () => fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] })),
    );
    for (const prisonNumber of prisoners.slice(0, 3)) {
      visitOf(await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }), 'bookVisit');
    }
    // Thirty members of the public, each with the prisoner they book for linked to their account.
    const racers = await Promise.all(
      prisoners.slice(3).map(async (prisonNumber, index) => {
        const racer = await fixture.publicBooker(`racer-${index}`);
        await fixture.link(racer, prisonNumber, 'LEI');
        return racer;
      }),
    );
    const racing = await Promise.all(
      prisoners
        .slice(3)
        .map((prisonNumber, index) =>
          calls.book(racers[index] ?? '', { prisonNumber, prisonCode: 'LEI', date, startTime }),
        ),
    );
    expect(codes(racing)).toEqual({ BOOKED: 5, SESSION_FULL: 25 });
    expect(await liveInSession(startTime, date)).toBe(8);
    const left = await calls.availability(alice, prisoners[0] ?? '', date, date);
    const session = left.data?.visitAvailability.sessions.find((entry) => entry.startTime === startTime);
    expect(session).toMatchObject({ openAvailable: 0, closedAvailable: 1, bookable: true });
  });

  it('gives each of a mix of reservations and bookings its own place, never more than the capacity', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:05', '21:05', { open: 4, closed: 0 });
    const date = daysAhead(11);
    const prisoners = await Promise.all(
      Array.from({ length: 12 }, () => fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] })),
    );
    const racing = await Promise.all(
      prisoners.map((prisonNumber, index) =>
        index % 2 === 0
          ? calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date, startTime })
          : calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      ),
    );
    expect(codes(racing)).toEqual({ BOOKED: 4, SESSION_FULL: 8 });
    expect(await liveInSession(startTime, date)).toBe(4);
  });
});

describe('one prisoner booked from several places at once', () => {
  it('is never double booked, nor booked beyond the visiting-order balance', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:10', '21:10', { open: 30, closed: 0 });
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    const sameSession = await Promise.all(
      Array.from({ length: 8 }, () =>
        calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(5), startTime }),
      ),
    );
    expect(codes(sameSession)).toEqual({ BOOKED: 1, OVERLAPPING_VISIT: 7 });
    const otherDays = await Promise.all(
      [6, 7, 8, 9, 12, 13].map((days) =>
        calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(days), startTime }),
      ),
    );
    expect(codes(otherDays)).toEqual({ BOOKED: 1, NO_VISITING_ORDER_BALANCE: 5 });
  });
});

describe('one prisoner’s visiting orders under concurrent bookings and cancellations', () => {
  const GRANT = /* GraphQL */ `
    #graphql
    mutation Grant($input: GrantPrivilegedVisitingOrderInput!) {
      grantPrivilegedVisitingOrder(input: $input) {
        visitingOrders
        privilegedVisitingOrders
      }
    }
  `;

  it('never spend an order twice nor lose one: the balance agrees with the visits booked throughout', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:25', '21:25', { open: 30, closed: 0 });
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    const staff = await fixture.staff('LEI');
    // Two privileged orders granted at once on top of the two of the allowance: four to book with.
    const grants = await Promise.all(
      ['Family day', 'Missed visit'].map((reason) =>
        fixture.supergraph.queryAs(staff, GRANT, {
          input: { prisonNumber, reason, idempotencyKey: freshKey() },
        }),
      ),
    );
    expect(grants.map(errorCode)).toEqual([undefined, undefined]);
    const book = (days: number) =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(days), startTime });
    const first = await Promise.all([3, 4, 5, 6, 7, 8, 9, 10].map(book));
    expect(codes(first)).toEqual({ BOOKED: 4, NO_VISITING_ORDER_BALANCE: 4 });
    const booked = first
      .filter((response) => !response.errors)
      .map((response) => visitOf(response, 'bookVisit'));
    // Two cancellations race six more bookings: at most the two orders given back are booked again.
    const cancelling = booked.slice(0, 2).map((visit) => calls.cancel(alice, visit.reference));
    const second = await Promise.all([...[11, 12, 13, 14, 15, 16].map(book), ...cancelling]);
    const rebooked = codes(second.slice(0, 6)).BOOKED ?? 0;
    expect(rebooked).toBeLessThanOrEqual(2);
    expect(second.slice(6).map(errorCode)).toEqual([undefined, undefined]);
    expect(await fixture.liveVisits(prisonNumber)).toBe(2 + rebooked);
    const orders = await fixture.visitsDb
      .selectFrom('visitingOrder')
      .select('status')
      .where('prisonNumber', '=', prisonNumber)
      .execute();
    expect(orders).toHaveLength(4);
    expect(orders.filter((order) => order.status === 'USED')).toHaveLength(2 + rebooked);
    expect(await checkVisitingOrders(fixture.visitsDb)).toMatchObject({
      balancesBelowZero: 0,
      balancesDisagreeing: 0,
    });
  });
});

describe('retries with the same idempotency key', () => {
  it('make one booking however many arrive together', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:15', '21:15', { open: 30, closed: 0 });
    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    const args = {
      prisonNumber,
      prisonCode: 'LEI',
      date: daysAhead(8),
      startTime,
      idempotencyKey: freshKey(),
    };
    const retries = await Promise.all(Array.from({ length: 20 }, () => calls.book(alice, args)));
    expect(retries.map(errorCode).filter(Boolean)).toEqual([]);
    const references = new Set(retries.map((response) => visitOf(response, 'bookVisit').reference));
    expect(references.size).toBe(1);
    expect(await liveInSession(startTime, daysAhead(8))).toBe(1);
  });
});

describe('the store behind availability and booking', () => {
  it('answers every statement through an index, never a full table scan', async () => {
    const startTime = await fixture.addDailySession('LEI', '20:20', '21:20', { open: 30, closed: 0 });
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] });
    const database = fixture.supergraph.visits.system.database;
    database.statements.reset();
    database.statements.recording = true;
    await calls.availability(alice, prisonNumber, daysAhead(3), daysAhead(20));
    const held = visitOf(
      await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(5), startTime }),
      'reserveVisit',
    );
    visitOf(await calls.confirm(alice, held.reference), 'confirmVisit');
    visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(6), startTime }),
      'bookVisit',
    );
    visitOf(await calls.cancel(alice, held.reference), 'cancelVisit');
    await calls.mine(alice);
    await calls.ofPrisoner(alice, prisonNumber);
    database.statements.recording = false;
    const plans = await queryPlans(
      database,
      database.statements.recorded.filter((statement) =>
        /^\s*(select|insert|update|delete)/i.test(statement.sql),
      ),
    );
    expect(plans.length).toBeGreaterThan(15);
    const scans = plans.filter(scansATable);
    expect(scans).toEqual([]);
    if (process.env.SHOW_PLANS) console.log(plans.join('\n'));
  });
});
