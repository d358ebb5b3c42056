import { formatPncId, readPncId } from '@lib/identifiers/pncId';
import { formatCroNumber, readCroNumber } from '@lib/identifiers/croNumber';

describe('PNC IDs', () => {
  it.each([
    ['2012/0052494Q', '2012/0052494Q'],
    ['12/394773H', '2012/0394773H'],
    ['12/52494Q', '2012/0052494Q'],
    ['2012/52494q', '2012/0052494Q'],
  ])('reads %s as the canonical %s', (input, canonical) => {
    expect(readPncId(input)).toEqual({ valid: true, canonical });
  });

  it('reads two-digit years from 39 as the 1900s', () => {
    const valid = formatPncId(1985, 1234);
    const short = `85/1234${valid.slice(-1)}`;
    expect(readPncId(short)).toEqual({ valid: true, canonical: valid });
  });

  it.each([
    ['2012/0052494A', /check character should be Q, not A/],
    ['012/0052494Q', /two or four digits/],
    ['2012-0052494Q', /expected YYYY\/NNNNNNNC/],
    ['2012/00524945Q', /expected/],
    ['', /expected/],
  ])('refuses %s', (input, reason) => {
    const reading = readPncId(input);
    expect(reading.valid).toBe(false);
    expect(!reading.valid && reading.reason).toMatch(reason);
  });

  it('formats PNC IDs whose check character reads back as valid', () => {
    for (const [year, serial] of [
      [2001, 1],
      [1999, 9999999],
      [2024, 52494],
    ] as const) {
      expect(readPncId(formatPncId(year, serial)).valid).toBe(true);
    }
  });
});

describe('CRO numbers', () => {
  it('checks the documented example 29906/12J', () => {
    expect(readCroNumber('29906/12J')).toEqual({ valid: true, canonical: '29906/12J' });
    expect(readCroNumber('29906/12K').valid).toBe(false);
  });

  it('checks the SF form without padding its serial', () => {
    // SF12/1234: 121234 mod 23 = 1 -> A.
    expect(readCroNumber('SF12/1234A').valid).toBe(true);
    expect(readCroNumber('SF12/1234C').valid).toBe(false);
  });

  it('formats CRO numbers that read back as valid', () => {
    expect(readCroNumber(formatCroNumber(29906, 2012))).toEqual({ valid: true, canonical: '29906/12J' });
  });
});
