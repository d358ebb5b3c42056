import { pnomisPrisonerLocator } from '../../subgraphs/visits/src/prisoners/pnomisPrisonerLocator';
import { addDays, isoWeekOf } from '@lib/time/londonTime';
import { visitCalls, visitOf } from './support/visitCalls';
import {
  daysAhead,
  errorCode,
  FAMILY_OF_SIX,
  freshKey,
  startVisitsSupergraph,
  visitor,
  type VisitsSupergraph,
} from './support/visitsFixture';

let fixture: VisitsSupergraph;
let calls: ReturnType<typeof visitCalls>;
let alice: string;
let sessionCounter = 0;

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
  calls = visitCalls(fixture.supergraph);
  alice = await fixture.publicBooker('alice');
});

afterAll(() => fixture.supergraph.stop());

/** A new daily session at a prison, at a start time no other test uses, ending an hour later. */
async function newSession(prisonCode: string, open: number, closed: number): Promise<string> {
  sessionCounter += 1;
  const minutes = 17 * 60 + sessionCounter * 7;
  const time = (total: number) =>
    `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return fixture.addDailySession(prisonCode, time(minutes), time(minutes + 60), { open, closed });
}

/** A prisoner held at a prison, with the suite's approved visitors, linked to Alice's booking account. */
function prisoner(prisonCode: string, status: 'REMAND' | 'SENTENCED'): Promise<string> {
  return fixture.addPrisoner(prisonCode, status, { linkedTo: [alice] });
}

describe('availability for a prisoner', () => {
  it('lists the sessions of the prison holding the prisoner now, with the open and closed places left', async () => {
    const startTime = await newSession('LEI', 4, 2);
    const prisonNumber = await prisoner('LEI', 'SENTENCED');
    const before = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(6), startTime }),
      'bookVisit',
    );
    expect(before.status).toBe('BOOKED');
    const response = await calls.availability(alice, prisonNumber, daysAhead(5), daysAhead(7));
    expect(response.errors).toBeUndefined();
    const availability = response.data?.visitAvailability;
    expect(availability?.prison).toEqual({ code: 'LEI', name: 'HMP Leeds' });
    const ours = availability?.sessions.filter((session) => session.startTime === startTime);
    expect(ours?.map((session) => [session.date, session.openAvailable, session.closedAvailable])).toEqual([
      [daysAhead(5), 4, 2],
      [daysAhead(6), 3, 2],
      [daysAhead(7), 4, 2],
    ]);
    await fixture.transfer(prisonNumber, 'MDI');
    // Staff see where the prisoner is now; Alice linked them at Leeds, and learns only that they are not there.
    const staff = await fixture.staff('LEI,MDI');
    const moved = await calls.availability(staff, prisonNumber, daysAhead(5), daysAhead(7));
    expect(moved.data?.visitAvailability.prison.code).toBe('MDI');
    expect(moved.data?.visitAvailability.sessions.some((session) => session.startTime === startTime)).toBe(
      false,
    );
    expect(errorCode(await calls.availability(alice, prisonNumber))).toBe('PRISONER_NOT_AT_PRISON');
  });

  it('is refused to staff for a prisoner P-Nomis does not know or who is not in custody', async () => {
    const staff = await fixture.staff('LEI');
    expect(errorCode(await calls.availability(staff, 'Z9999ZZ'))).toBe('PRISONER_NOT_FOUND');
    const released = await prisoner('LEI', 'REMAND');
    await fixture.release(released);
    expect(errorCode(await calls.availability(staff, released))).toBe('PRISONER_NOT_IN_CUSTODY');
  });
});

describe('the booking window', () => {
  it('takes bookings from 2 to 28 days ahead by default, and refuses dates outside it', async () => {
    const startTime = await newSession('LEI', 10, 0);
    const prisonNumber = await prisoner('LEI', 'SENTENCED');
    const at = (days: number) =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(days), startTime });
    expect(errorCode(await at(1))).toBe('OUTSIDE_BOOKING_WINDOW');
    expect(errorCode(await at(29))).toBe('OUTSIDE_BOOKING_WINDOW');
    expect(visitOf(await at(2), 'bookVisit').status).toBe('BOOKED');
    expect(visitOf(await at(28), 'bookVisit').status).toBe('BOOKED');
  });

  it('follows a prison’s own settings where it has them', async () => {
    await fixture.visitsDb
      .insertInto('prisonVisitSettings')
      .values({
        prisonCode: 'MDI',
        minDaysAhead: 3,
        maxDaysAhead: 14,
        maxVisitors: 4,
        maxAdults: 2,
        adultAge: 18,
        remandVisitsPerWeek: 3,
        visitingOrdersPerPeriod: 2,
        visitingOrderPeriodDays: 28,
      })
      .execute();
    const startTime = await newSession('MDI', 10, 0);
    const prisonNumber = await prisoner('MDI', 'SENTENCED');
    const at = (days: number, visitors?: ReturnType<typeof visitor>[]) =>
      calls.book(alice, { prisonNumber, prisonCode: 'MDI', date: daysAhead(days), startTime, visitors });
    const refused = await at(20);
    expect(errorCode(refused)).toBe('OUTSIDE_BOOKING_WINDOW');
    expect(refused.errors?.[0]?.message).toMatch(/from 3 to 14 days ahead/);
    expect(errorCode(await at(2))).toBe('OUTSIDE_BOOKING_WINDOW');
    expect(
      errorCode(
        await at(
          10,
          ['A', 'B', 'C', 'D', 'E'].map((name) => visitor(name, 8)),
        ),
      ),
    ).toBe('TOO_MANY_VISITORS');
    expect(visitOf(await at(10), 'bookVisit').status).toBe('BOOKED');
  });
});

describe('the visitors of a booking', () => {
  it('are at most 6, at most 3 adults, with a lead visitor aged 18 or over', async () => {
    const startTime = await newSession('LEI', 10, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const withVisitors = (visitors: ReturnType<typeof visitor>[]) =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(5), startTime, visitors });
    const seven = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((name, index) =>
      visitor(name, index === 0 ? 30 : 8),
    );
    expect(errorCode(await withVisitors(seven))).toBe('TOO_MANY_VISITORS');
    const fourAdults = ['A', 'B', 'C', 'D'].map((name) => visitor(name, 30));
    expect(errorCode(await withVisitors(fourAdults))).toBe('TOO_MANY_ADULTS');
    expect(errorCode(await withVisitors([visitor('Teen', 17, true), visitor('Mum', 45)]))).toBe(
      'LEAD_VISITOR_UNDER_AGE',
    );
    expect(errorCode(await withVisitors([]))).toBe('BAD_USER_INPUT');
    expect(await fixture.liveVisits(prisonNumber)).toBe(0);
    const visit = visitOf(await withVisitors(FAMILY_OF_SIX), 'bookVisit');
    expect(visit.visitors.map((person) => [person.firstName, person.lead])).toEqual([
      ['Mum', true],
      ['Dad', false],
      ['Gran', false],
      ['Kid1', false],
      ['Kid2', false],
      ['Kid3', false],
    ]);
  });
});

describe('capacity', () => {
  it('counts open and closed places separately and refuses a full session with SESSION_FULL', async () => {
    const startTime = await newSession('LEI', 2, 1);
    const date = daysAhead(8);
    const prisoners = await Promise.all([1, 2, 3, 4, 5].map(() => prisoner('LEI', 'REMAND')));
    const book = (prisonNumber: string, restriction: 'OPEN' | 'CLOSED') =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime, restriction });
    expect(visitOf(await book(prisoners[0] ?? '', 'OPEN'), 'bookVisit').status).toBe('BOOKED');
    expect(visitOf(await book(prisoners[1] ?? '', 'OPEN'), 'bookVisit').status).toBe('BOOKED');
    const full = await book(prisoners[2] ?? '', 'OPEN');
    expect(errorCode(full)).toBe('SESSION_FULL');
    expect(full.errors?.[0]?.message).toMatch(/no open places left/);
    expect(visitOf(await book(prisoners[3] ?? '', 'CLOSED'), 'bookVisit').restriction).toBe('CLOSED');
    expect(errorCode(await book(prisoners[4] ?? '', 'CLOSED'))).toBe('SESSION_FULL');
    expect(
      errorCode(
        await calls.book(alice, {
          prisonNumber: prisoners[4] ?? '',
          prisonCode: 'LEI',
          date,
          startTime: '23:59',
        }),
      ),
    ).toBe('SESSION_NOT_FOUND');
  });

  it('comes back when a visit is cancelled', async () => {
    const startTime = await newSession('LEI', 1, 0);
    const date = daysAhead(9);
    const [first, second] = await Promise.all([prisoner('LEI', 'REMAND'), prisoner('LEI', 'REMAND')]);
    const visit = visitOf(
      await calls.book(alice, { prisonNumber: first ?? '', prisonCode: 'LEI', date, startTime }),
      'bookVisit',
    );
    expect(
      errorCode(await calls.book(alice, { prisonNumber: second ?? '', prisonCode: 'LEI', date, startTime })),
    ).toBe('SESSION_FULL');
    const cancelled = visitOf(await calls.cancel(alice, visit.reference, 'Car broke down'), 'cancelVisit');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Car broke down' });
    expect(
      visitOf(await calls.cancel(alice, visit.reference, 'Again'), 'cancelVisit').cancellationReason,
    ).toBe('Car broke down');
    expect(
      visitOf(
        await calls.book(alice, { prisonNumber: second ?? '', prisonCode: 'LEI', date, startTime }),
        'bookVisit',
      ).status,
    ).toBe('BOOKED');
  });
});

describe('entitlement', () => {
  it('spends a sentenced prisoner’s visiting orders (two every four weeks) and gives one back on cancellation', async () => {
    const startTime = await newSession('LEI', 10, 0);
    const prisonNumber = await prisoner('LEI', 'SENTENCED');
    const on = (days: number) =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(days), startTime });
    const first = visitOf(await on(4), 'bookVisit');
    visitOf(await on(11), 'bookVisit');
    const none = await on(18);
    expect(errorCode(none)).toBe('NO_VISITING_ORDER_BALANCE');
    visitOf(await calls.cancel(alice, first.reference), 'cancelVisit');
    expect(visitOf(await on(18), 'bookVisit').status).toBe('BOOKED');
    expect(errorCode(await on(25))).toBe('NO_VISITING_ORDER_BALANCE');
  });

  it('limits a remand prisoner to 3 visits a week, whatever their visiting orders', async () => {
    const startTime = await newSession('LEI', 10, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const monday = isoWeekOf(daysAhead(9)).monday;
    const on = (offset: number) =>
      calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: addDays(monday, offset), startTime });
    for (const offset of [0, 1, 2]) expect(visitOf(await on(offset), 'bookVisit').status).toBe('BOOKED');
    const fourth = await on(3);
    expect(errorCode(fourth)).toBe('REMAND_WEEKLY_LIMIT_REACHED');
    expect(fourth.errors?.[0]?.message).toMatch(/limit is 3 a week/);
    expect(visitOf(await on(7), 'bookVisit').status).toBe('BOOKED');
  });

  it('refuses two visits for one prisoner at overlapping times', async () => {
    const early = await newSession('LEI', 10, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const date = daysAhead(12);
    await fixture.addDailySession('LEI', addMinutes(early, 30), addMinutes(early, 90), {
      open: 10,
      closed: 0,
    });
    visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime: early }),
      'bookVisit',
    );
    expect(
      errorCode(await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime: early })),
    ).toBe('OVERLAPPING_VISIT');
    const later = await calls.book(alice, {
      prisonNumber,
      prisonCode: 'LEI',
      date,
      startTime: addMinutes(early, 30),
    });
    expect(errorCode(later)).toBe('OVERLAPPING_VISIT');
    expect(await fixture.liveVisits(prisonNumber)).toBe(1);
  });
});

describe('reserving first', () => {
  it('holds a place for ten minutes, and confirming within the hold books the visit', async () => {
    const startTime = await newSession('LEI', 1, 0);
    const date = daysAhead(7);
    const [prisonNumber, other] = await Promise.all([
      prisoner('LEI', 'SENTENCED'),
      prisoner('LEI', 'REMAND'),
    ]);
    const held = visitOf(
      await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      'reserveVisit',
    );
    expect(held.status).toBe('RESERVED');
    expect(held.visitors).toEqual([]);
    const minutes = (Date.parse(held.holdExpiresAt ?? '') - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    // The hold takes the session's only place.
    expect(
      errorCode(await calls.book(alice, { prisonNumber: other, prisonCode: 'LEI', date, startTime })),
    ).toBe('SESSION_FULL');
    const confirmed = visitOf(
      await calls.confirm(alice, held.reference, [visitor('Ann', 40), visitor('Bo', 6)]),
      'confirmVisit',
    );
    expect(confirmed).toMatchObject({ reference: held.reference, status: 'BOOKED', holdExpiresAt: null });
    expect(confirmed.visitors.map((person) => person.firstName)).toEqual(['Ann', 'Bo']);
    const again = visitOf(
      await calls.confirm(alice, held.reference, [visitor('Ann', 40), visitor('Bo', 6)]),
      'confirmVisit',
    );
    expect(again.reference).toBe(held.reference);
    expect(errorCode(await calls.confirm(alice, held.reference, [visitor('Zed', 40)]))).toBe(
      'VISIT_ALREADY_CONFIRMED',
    );
  });

  it('lets a lapsed hold go: its place and visiting order come back, and it can no longer be confirmed', async () => {
    const startTime = await newSession('LEI', 1, 0);
    const date = daysAhead(7);
    const prisonNumber = await prisoner('LEI', 'SENTENCED');
    const first = visitOf(
      await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      'reserveVisit',
    );
    const second = visitOf(
      await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(14), startTime }),
      'reserveVisit',
    );
    expect(
      errorCode(
        await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(21), startTime }),
      ),
    ).toBe('NO_VISITING_ORDER_BALANCE');
    // Ten minutes pass for the first hold.
    await fixture.visitsDb
      .updateTable('visit')
      .set({ holdExpiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('reference', '=', first.reference)
      .execute();
    expect(errorCode(await calls.confirm(alice, first.reference))).toBe('HOLD_EXPIRED');
    const mine = visitOf(await calls.confirm(alice, second.reference), 'confirmVisit');
    expect(mine.status).toBe('BOOKED');
    const rebooked = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      'bookVisit',
    );
    expect(rebooked.status).toBe('BOOKED');
    const stored = await fixture.visitsDb
      .selectFrom('visit')
      .select('status')
      .where('reference', '=', first.reference)
      .executeTakeFirst();
    expect(stored?.status).toBe('EXPIRED');
  });
});

describe('idempotent booking', () => {
  it('returns the same booking for a retry with the same key, and refuses the key for a different request', async () => {
    const startTime = await newSession('LEI', 5, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const args = {
      prisonNumber,
      prisonCode: 'LEI',
      date: daysAhead(10),
      startTime,
      idempotencyKey: freshKey(),
    };
    const first = visitOf(await calls.book(alice, args), 'bookVisit');
    const retried = visitOf(await calls.book(alice, args), 'bookVisit');
    expect(retried.reference).toBe(first.reference);
    expect(retried.bookedAt).toBe(first.bookedAt);
    expect(await fixture.liveVisits(prisonNumber)).toBe(1);
    const reused = await calls.book(alice, { ...args, date: daysAhead(11) });
    expect(errorCode(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.errors?.[0]?.message).toContain(first.reference);
    // Another booker's key is their own: the same key from Bob is a new booking, not Alice's.
    const bob = await fixture.publicBooker('bob');
    await fixture.link(bob, prisonNumber, 'LEI');
    const bobs = await calls.book(bob, args);
    expect(errorCode(bobs)).toBe('OVERLAPPING_VISIT');
  });
});

describe('the prisoner’s custody, read live from P-Nomis', () => {
  it('refuses a prisoner transferred or released since availability was read, and writes nothing', async () => {
    const startTime = await newSession('LEI', 5, 0);
    const [moved, freed] = await Promise.all([prisoner('LEI', 'SENTENCED'), prisoner('LEI', 'REMAND')]);
    await fixture.transfer(moved, 'MDI');
    await fixture.release(freed);
    const date = daysAhead(6);
    const staff = await fixture.staff('LEI,MDI');
    const transferred = await calls.book(staff, { prisonNumber: moved, prisonCode: 'LEI', date, startTime });
    expect(errorCode(transferred)).toBe('PRISONER_NOT_AT_PRISON');
    expect(transferred.errors?.[0]?.message).toMatch(/no longer held at HMP Leeds/);
    expect(
      errorCode(await calls.reserve(staff, { prisonNumber: freed, prisonCode: 'LEI', date, startTime })),
    ).toBe('PRISONER_NOT_IN_CUSTODY');
    // Alice, who linked both at Leeds, is told the same of each: they are no longer held where she linked them.
    for (const prisonNumber of [moved, freed]) {
      const refused = await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime });
      expect(errorCode(refused)).toBe('PRISONER_NOT_AT_PRISON');
      expect(refused.errors?.[0]?.message).toMatch(/no longer says that .* is held at HMP Leeds/);
    }
    expect(await fixture.liveVisits(moved)).toBe(0);
    expect(await fixture.liveVisits(freed)).toBe(0);
  });

  it('refuses a reservation’s confirmation when the prisoner has been moved during the hold', async () => {
    const startTime = await newSession('LEI', 5, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const held = visitOf(
      await calls.reserve(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(6), startTime }),
      'reserveVisit',
    );
    await fixture.transfer(prisonNumber, 'MDI');
    expect(errorCode(await calls.confirm(alice, held.reference))).toBe('PRISONER_NOT_AT_PRISON');
  });

  it('fails with PNOMIS_UNAVAILABLE, writing nothing, when P-Nomis cannot be reached', async () => {
    const startTime = await newSession('LEI', 5, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const booking = fixture.supergraph.visits.system.booking;
    const locator = booking.locator;
    booking.locator = pnomisPrisonerLocator({ url: 'http://127.0.0.1:9/graphql', timeoutMs: 1000 });
    try {
      const response = await calls.book(alice, {
        prisonNumber,
        prisonCode: 'LEI',
        date: daysAhead(6),
        startTime,
      });
      expect(errorCode(response)).toBe('PNOMIS_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toMatch(/nothing was booked/);
    } finally {
      booking.locator = locator;
    }
    expect(await fixture.liveVisits(prisonNumber)).toBe(0);
  });
});

describe('cancelled visits in the journey', () => {
  it('appear in the visits list and the timeline as cancelled', async () => {
    const startTime = await newSession('LEI', 5, 0);
    const prisonNumber = await prisoner('LEI', 'REMAND');
    const visit = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(6), startTime }),
      'bookVisit',
    );
    visitOf(await calls.cancel(alice, visit.reference, 'Illness'), 'cancelVisit');
    const manager = await fixture.supergraph.tokenFor('offender-manager');
    const response = await fixture.supergraph.queryAs<{
      offender: {
        visits: { reference: string; status: string }[];
        timeline: { reference: string; summary: string }[];
      };
    }>(
      manager,
      `#graphql
      query ($prisonNumber: ID!) {
        offender(prisonNumber: $prisonNumber) { visits { reference status } timeline { reference summary } }
      }`,
      { prisonNumber },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.offender.visits).toEqual([{ reference: visit.reference, status: 'CANCELLED' }]);
    const event = response.data?.offender.timeline.find((entry) => entry.reference === visit.reference);
    expect(event?.summary).toMatch(/HMP Leeds.*cancelled$/);
  });
});

function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
