import { withinBookingWindow } from '../../subgraphs/visits/src/services/bookingWindow';
import { ageOn, isoWeekOf, londonNow } from '@lib/time/londonTime';
import { DEFAULT_PRISON_SETTINGS } from '../../subgraphs/visits/src/services/prisonSettings';
import {
  allowanceFor,
  balanceOf,
  type HeldOrder,
  newOrder,
  orderToUse,
  renewTo,
} from '../../subgraphs/visits/src/services/visitingOrders';
import { checkVisitors } from '../../subgraphs/visits/src/services/visitorRules';

const person = (firstName: string, dateOfBirth: string, lead?: boolean) => ({
  firstName,
  lastName: 'Visitor',
  dateOfBirth,
  relationship: 'Friend',
  lead,
});

function codeOf(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

describe('visitor rules', () => {
  it('count ages on the visit date: a visitor turning 18 that day is an adult and may lead', () => {
    const visitors = [person('Sam', '2008-12-10', true)];
    expect(codeOf(() => checkVisitors(visitors, '2026-12-09', DEFAULT_PRISON_SETTINGS))).toBe(
      'LEAD_VISITOR_UNDER_AGE',
    );
    expect(checkVisitors(visitors, '2026-12-10', DEFAULT_PRISON_SETTINGS)[0]?.lead).toBe(true);
  });

  it('make the first visitor the lead when none is marked, and refuse two leads', () => {
    const adults = [person('Ann', '1980-01-01'), person('Bo', '1982-01-01')];
    expect(
      checkVisitors(adults, '2026-12-10', DEFAULT_PRISON_SETTINGS).map((visitor) => visitor.lead),
    ).toEqual([true, false]);
    const twoLeads = adults.map((visitor) => ({ ...visitor, lead: true }));
    expect(codeOf(() => checkVisitors(twoLeads, '2026-12-10', DEFAULT_PRISON_SETTINGS))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuse blank names and a visitor born after the visit', () => {
    expect(
      codeOf(() => checkVisitors([person(' ', '1980-01-01')], '2026-12-10', DEFAULT_PRISON_SETTINGS)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() =>
        checkVisitors(
          [person('Ann', '1980-01-01'), person('Baby', '2027-01-01')],
          '2026-12-10',
          DEFAULT_PRISON_SETTINGS,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('visiting orders', () => {
  const statutory = allowanceFor(DEFAULT_PRISON_SETTINGS, 'STANDARD');
  const order = (kind: 'VISITING' | 'PRIVILEGED', givenOn: string, id: number): HeldOrder => ({
    ...newOrder(kind, givenOn),
    id,
  });

  it('give the statutory two every four weeks, and carry unused ones over', () => {
    const spent = { renewedOn: '2026-11-01', available: [order('VISITING', '2026-10-04', 1)] };
    expect(renewTo(spent, '2026-11-28', () => statutory)).toMatchObject({ given: [], lapsed: [] });
    const renewed = renewTo(spent, '2026-11-29', () => statutory);
    expect(renewed.renewedOn).toBe('2026-11-29');
    expect(renewed.given.map((given) => [given.kind, given.givenOn])).toEqual([
      ['VISITING', '2026-11-29'],
      ['VISITING', '2026-11-29'],
    ]);
    expect(balanceOf(renewed, statutory.periodDays)).toEqual({
      visitingOrders: 3,
      privilegedVisitingOrders: 0,
      renewsOn: '2026-12-27',
      privilegedLapseOn: null,
    });
    // Three periods missed are three renewals, each on its own day.
    expect(renewTo(spent, '2027-01-30', () => statutory).given).toHaveLength(6);
  });

  it('let ordinary orders accumulate to 26, the oldest beyond it lapsing at a renewal', () => {
    const many = Array.from({ length: 27 }, (_, index) =>
      order('VISITING', `2026-0${1 + (index % 9)}-01`, index),
    );
    const renewed = renewTo({ renewedOn: '2026-11-01', available: many }, '2026-11-29', () => statutory);
    expect(renewed.lapsed.map(({ order: gone, on }) => [gone.givenOn, on])).toEqual([
      ['2026-01-01', '2026-11-29'],
    ]);
    expect(renewed.available).toHaveLength(28);
  });

  it('give the enhanced level what the prison settings say, privileged orders on top, lapsing after 28 days', () => {
    const settings = {
      ...DEFAULT_PRISON_SETTINGS,
      enhancedVisitingOrdersPerPeriod: 3,
      enhancedPrivilegedVisitingOrdersPerPeriod: 1,
    };
    expect(allowanceFor(settings, 'STANDARD')).toMatchObject({
      visitingOrders: 2,
      privilegedVisitingOrders: 0,
    });
    const enhanced = allowanceFor(settings, 'ENHANCED');
    expect(enhanced).toMatchObject({ visitingOrders: 3, privilegedVisitingOrders: 1 });
    expect(allowanceFor(DEFAULT_PRISON_SETTINGS, 'ENHANCED')).toEqual(statutory);
    const first = renewTo({ renewedOn: '2026-10-04', available: [] }, '2026-11-01', () => enhanced);
    expect(first.available.filter((held) => held.kind === 'PRIVILEGED')).toEqual([
      { id: null, kind: 'PRIVILEGED', givenOn: '2026-11-01', lapsesOn: '2026-11-29' },
    ]);
    // A privileged order is used before an ordinary one.
    expect(orderToUse(first.available)?.kind).toBe('PRIVILEGED');
    const next = renewTo(first, '2026-11-29', () => enhanced);
    expect(next.lapsed.map(({ order: gone }) => gone.kind)).toEqual(['PRIVILEGED']);
    expect(balanceOf(next, 28)).toMatchObject({ visitingOrders: 6, privilegedVisitingOrders: 1 });
  });
});

describe('the calendar of bookings', () => {
  it('takes bookings from 2 to 28 days ahead', () => {
    const ahead = ['2026-12-01', '2026-12-02', '2026-12-28', '2026-12-29'];
    expect(ahead.map((date) => withinBookingWindow(date, '2026-11-30', DEFAULT_PRISON_SETTINGS))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('counts remand visits by ISO week, Monday to Sunday, and ages by birthday', () => {
    expect(isoWeekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(isoWeekOf('2026-12-07')).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('reads dates and times in London, across the clock change', () => {
    expect(londonNow(new Date('2026-06-30T23:30:00Z'))).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(londonNow(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2026-12-31', time: '23:30' });
  });
});
