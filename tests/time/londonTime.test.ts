import {
  addDays,
  dayNumber,
  daysBetween,
  isWeekend,
  londonDateOf,
  londonNow,
  londonTimeToIso,
} from '@lib/time/londonTime';

describe('a London wall-clock time as a UTC instant', () => {
  it.each([
    // Winter: London is on GMT.
    ['2026-01-15', '09:30', '2026-01-15T09:30:00.000Z'],
    // Summer: BST, an hour ahead.
    ['2026-07-01', '09:30', '2026-07-01T08:30:00.000Z'],
    // The clocks went forward at 01:00 UTC on 29 March 2026: just before, and after.
    ['2026-03-29', '00:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T02:00:00.000Z'],
    // They go back at 01:00 UTC on 25 October 2026: the day before, and after.
    ['2026-10-24', '17:00', '2026-10-24T16:00:00.000Z'],
    ['2026-10-25', '17:00', '2026-10-25T17:00:00.000Z'],
    // 1990: changes at 01:00 GMT already.
    ['1990-06-01', '12:00', '1990-06-01T11:00:00.000Z'],
  ])('%s %s in London is %s', (date, time, instant) => {
    expect(londonTimeToIso(date, time)).toBe(instant);
  });

  it('gives the same answers when asked again, from what it worked out the first time', () => {
    const days = Array.from({ length: 400 }, (_, index) =>
      new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
    );
    const first = days.map((day) => londonTimeToIso(day, '17:00'));
    const again = days.map((day) => londonTimeToIso(day, '17:00'));
    expect(again).toEqual(first);
    // Summer time covers late March to late October: 17:00 in London is 16:00 UTC then, 17:00 otherwise.
    expect(first.filter((instant) => instant.endsWith('T16:00:00.000Z'))).toHaveLength(210);
  });
});

describe('London dates', () => {
  it('is the date in London, an hour ahead of UTC in summer', () => {
    expect(londonDateOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonDateOf('2026-01-01T23:30:00Z')).toBe('2026-01-01');
    expect(londonNow(new Date('2026-07-01T23:30:00Z'))).toEqual({ date: '2026-07-02', time: '00:30' });
  });

  it('counts calendar days across a clock change without losing one', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-10-26')).toBe(212);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
  });

  it('knows a weekend', () => {
    expect(['2026-12-05', '2026-12-06', '2026-12-07'].map(isWeekend)).toEqual([true, true, false]);
  });
});
