import { visitCalls, visitOf } from './support/visitCalls';
import { daysAhead, errorCode, startVisitsSupergraph, type VisitsSupergraph } from './support/visitsFixture';

let fixture: VisitsSupergraph;
let calls: ReturnType<typeof visitCalls>;
let alice: string;
let staff: string;

interface BlockedDay {
  prison: { code: string };
  date: string;
  reason: string;
  blockedAt: string;
  visitsToRearrange: { reference: string; prisonNumber: string; startTime: string }[];
}

const BLOCK = /* GraphQL */ `
  #graphql
  mutation CloseVisits($input: BlockVisitDateInput!) {
    blockVisitDate(input: $input) {
      prison {
        code
      }
      date
      reason
      blockedAt
      visitsToRearrange {
        reference
        prisonNumber
        startTime
      }
    }
  }
`;

const BLOCKED = /* GraphQL */ `
  #graphql
  query ClosedDays($prisonCode: ID!, $from: Date!, $to: Date!) {
    blockedVisitDates(prisonCode: $prisonCode, from: $from, to: $to) {
      date
      reason
      visitsToRearrange {
        reference
      }
    }
  }
`;

function block(token: string, date: string, reason = 'Staff training day', prisonCode = 'LEI') {
  return fixture.supergraph.queryAs<{ blockVisitDate: BlockedDay }>(token, BLOCK, {
    input: { prisonCode, date, reason },
  });
}

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
  calls = visitCalls(fixture.supergraph);
  alice = await fixture.publicBooker('alice-blocked');
  staff = await fixture.staff('LEI');
});

afterAll(() => fixture.supergraph.stop());

describe('a day a prison closes visits', () => {
  it('lists the visits already booked to rearrange, refuses new bookings, and shows its sessions unbookable', async () => {
    const startTime = await fixture.addDailySession('LEI', '18:30', '19:30', { open: 10, closed: 0 });
    const date = daysAhead(12);
    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    const booked = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      'bookVisit',
    );
    const closed = await block(staff, date, 'Whole-prison search');
    expect(closed.data?.blockVisitDate).toMatchObject({
      prison: { code: 'LEI' },
      date,
      reason: 'Whole-prison search',
      visitsToRearrange: [{ reference: booked.reference, prisonNumber, startTime }],
    });
    const other = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    const refused = await calls.book(alice, { prisonNumber: other, prisonCode: 'LEI', date, startTime });
    expect(errorCode(refused)).toBe('VISIT_DATE_BLOCKED');
    expect(refused.errors?.[0]?.message).toMatch(/Whole-prison search/);
    expect(
      errorCode(await calls.reserve(alice, { prisonNumber: other, prisonCode: 'LEI', date, startTime })),
    ).toBe('VISIT_DATE_BLOCKED');
    const sessions =
      (await calls.availability(alice, other, date, date)).data?.visitAvailability.sessions ?? [];
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((session) => !session.bookable)).toBe(true);
    // Closing the day again changes nothing: the first reason stands.
    expect((await block(staff, date, 'Another reason')).data?.blockVisitDate.reason).toBe(
      'Whole-prison search',
    );
    const listed = await fixture.supergraph.queryAs<{
      blockedVisitDates: { date: string; reason: string }[];
    }>(staff, BLOCKED, { prisonCode: 'LEI', from: daysAhead(0), to: daysAhead(20) });
    expect(listed.data?.blockedVisitDates).toEqual([
      { date, reason: 'Whole-prison search', visitsToRearrange: [{ reference: booked.reference }] },
    ]);
    // The visit booked before stays booked until staff rearrange it.
    const kept = await calls.ofPrisoner(alice, prisonNumber);
    expect(kept.data?.prisonerVisits.map((visit) => visit.status)).toEqual(['BOOKED']);
  });

  it('is closed by staff of the prison only, for today or later, with a reason', async () => {
    const elsewhere = await fixture.staff('MDI');
    expect(errorCode(await block(elsewhere, daysAhead(5)))).toBe('OUTSIDE_CASELOAD');
    expect(errorCode(await block(staff, daysAhead(-1)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await block(staff, daysAhead(5), ''))).toBe('BAD_USER_INPUT');
    expect(errorCode(await block(staff, daysAhead(5), 'x', 'Leeds'))).toBe('BAD_USER_INPUT');
    const byPublic = await block(alice, daysAhead(5));
    expect(byPublic.data?.blockVisitDate).toBeUndefined();
    expect(
      errorCode(
        await fixture.supergraph.queryAs(elsewhere, BLOCKED, {
          prisonCode: 'LEI',
          from: daysAhead(0),
          to: daysAhead(5),
        }),
      ),
    ).toBe('OUTSIDE_CASELOAD');
  });

  it('racing bookings, either refuses each or lists it to rearrange', async () => {
    const startTime = await fixture.addDailySession('LEI', '18:35', '19:35', { open: 30, closed: 0 });
    const date = daysAhead(14);
    const prisoners = await Promise.all(
      Array.from({ length: 12 }, () => fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] })),
    );
    const [closed, ...bookings] = await Promise.all([
      block(staff, date, 'Power cut'),
      ...prisoners.map((prisonNumber) =>
        calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      ),
    ]);
    const refusedCodes = bookings.filter((response) => response.errors).map(errorCode);
    expect(new Set(refusedCodes)).toEqual(new Set(refusedCodes.length > 0 ? ['VISIT_DATE_BLOCKED'] : []));
    const bookedReferences = bookings
      .filter((response) => !response.errors)
      .map((response) => visitOf(response, 'bookVisit').reference)
      .sort();
    const listed = (closed?.data?.blockVisitDate.visitsToRearrange ?? [])
      .filter((visit) => prisoners.includes(visit.prisonNumber))
      .map((visit) => visit.reference)
      .sort();
    expect(listed).toEqual(bookedReferences);
  });
});
