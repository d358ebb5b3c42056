import { accruedInterest, type Ledger, positionAt } from '../../subgraphs/confiscation/src/services/interest';
import {
  formatRatePercent,
  parseRatePercent,
  readInterestRate,
} from '../../subgraphs/confiscation/src/services/interestRate';
import { orderStatus } from '../../subgraphs/confiscation/src/services/orderStatus';
import { percentOf } from '../../subgraphs/confiscation/src/services/percent';

/** £1,000 ordered, to be paid by 31 March 2025: interest runs from 1 April 2025. */
function ledger(fields: Partial<Ledger> = {}): Ledger {
  return {
    amountOrderedPence: 100_000,
    timeToPayEnds: '2025-03-31',
    payments: [],
    variations: [],
    ...fields,
  };
}

const EIGHT_PERCENT = 800;

describe('interest on an unpaid confiscation order', () => {
  it('does not run while the time to pay lasts', () => {
    expect(accruedInterest(ledger(), '2025-03-31', EIGHT_PERCENT)).toBe(0);
    expect(accruedInterest(ledger(), '2024-12-01', EIGHT_PERCENT)).toBe(0);
  });

  it('accrues a day at a time from the day after, rounded down to the penny', () => {
    // £1,000 x 8% / 365 = 21.92p for one day: 21p.
    expect(accruedInterest(ledger(), '2025-04-01', EIGHT_PERCENT)).toBe(21);
    // Two days: 43.84p -> 43p (rounded once, on the total, not day by day: 21 + 21 would be 42).
    expect(accruedInterest(ledger(), '2025-04-02', EIGHT_PERCENT)).toBe(43);
  });

  it('is exactly 8% for a whole year of 365 days unpaid', () => {
    expect(accruedInterest(ledger(), '2026-03-31', EIGHT_PERCENT)).toBe(8_000);
  });

  it('counts a leap year as 366 days at the daily rate of 8%/365', () => {
    const leap = ledger({ timeToPayEnds: '2027-12-31' });
    // 366 x £1,000 x 8% / 365 = £80.2191...
    expect(accruedInterest(leap, '2028-12-31', EIGHT_PERCENT)).toBe(8_021);
  });

  it('runs on the principal still unpaid: a payment stops interest on its amount from the next day', () => {
    // 100 days (1 April to 9 July, the day it is paid) on £1,000, then 265 days on £500:
    // 23,250,000 pence-days x 8% / 365 = 5,095.89p.
    const paidHalf = ledger({ payments: [{ paidOn: '2025-07-09', amountPence: 50_000 }] });
    expect(accruedInterest(paidHalf, '2026-03-31', EIGHT_PERCENT)).toBe(5_095);
    // Paid within the time to pay: interest only on the remaining £600.
    const paidEarly = ledger({ payments: [{ paidOn: '2025-02-01', amountPence: 40_000 }] });
    expect(accruedInterest(paidEarly, '2026-03-31', EIGHT_PERCENT)).toBe(4_800);
  });

  it('follows a variation of the amount from its date', () => {
    // 10 days on £1,000 and 10 days on £500: 1,500,000 pence-days x 8% / 365 = 328.77p.
    const varied = ledger({ variations: [{ on: '2025-04-11', amountPence: 50_000 }] });
    expect(accruedInterest(varied, '2025-04-20', EIGHT_PERCENT)).toBe(328);
  });

  it('uses the configured rate', () => {
    expect(accruedInterest(ledger(), '2026-03-31', 500)).toBe(5_000);
    expect(accruedInterest(ledger(), '2026-03-31', 725)).toBe(7_250);
  });

  it('stays exact on amounts whose pence-days overflow a double', () => {
    // £50m unpaid for ten years (3,652 days, two of them leap days): 5e9 x 3,652 x 800 is beyond 2^53.
    const large = ledger({ amountOrderedPence: 5_000_000_000, timeToPayEnds: '2020-12-31' });
    expect(accruedInterest(large, '2030-12-31', EIGHT_PERCENT)).toBe(4_002_191_780);
  });
});

describe('the position of an order', () => {
  it('applies payments to the principal first, then to interest', () => {
    // Paid in full on the last day: a year's interest on £1,000 (£80.00) is still owed.
    const paidLate = ledger({ payments: [{ paidOn: '2026-03-31', amountPence: 100_000 }] });
    expect(positionAt(paidLate, '2026-03-31', EIGHT_PERCENT)).toEqual({
      amountDuePence: 100_000,
      amountPaidPence: 100_000,
      balancePence: 0,
      interestAccruedPence: 8_000,
      balanceWithInterestPence: 8_000,
      overpaidPence: 0,
    });
    const andInterest = ledger({
      payments: [
        { paidOn: '2026-03-31', amountPence: 100_000 },
        { paidOn: '2026-03-31', amountPence: 8_000 },
      ],
    });
    expect(positionAt(andInterest, '2026-03-31', EIGHT_PERCENT)).toMatchObject({
      balanceWithInterestPence: 0,
      overpaidPence: 0,
    });
    // The next day nothing more accrues: the principal was paid.
    expect(positionAt(andInterest, '2026-06-30', EIGHT_PERCENT).balanceWithInterestPence).toBe(0);
  });

  it('ignores payments and variations after the date it is taken at', () => {
    const later = ledger({
      payments: [{ paidOn: '2025-06-01', amountPence: 100_000 }],
      variations: [{ on: '2025-06-01', amountPence: 10_000 }],
    });
    expect(positionAt(later, '2025-03-01', EIGHT_PERCENT)).toMatchObject({
      amountDuePence: 100_000,
      amountPaidPence: 0,
      balancePence: 100_000,
    });
  });

  it('gives the state: open, part paid, in default, paid, written off', () => {
    const at = (fields: Partial<Ledger>, asOf: string, writtenOff = false) =>
      orderStatus(positionAt(ledger(fields), asOf, EIGHT_PERCENT), '2025-03-31', asOf, writtenOff);
    expect(at({}, '2025-03-01')).toBe('OPEN');
    expect(at({ payments: [{ paidOn: '2025-02-01', amountPence: 1 }] }, '2025-03-01')).toBe('PART_PAID');
    expect(at({}, '2025-04-01')).toBe('IN_DEFAULT');
    expect(at({ payments: [{ paidOn: '2025-02-01', amountPence: 100_000 }] }, '2025-06-01')).toBe('PAID');
    expect(at({}, '2025-06-01', true)).toBe('WRITTEN_OFF');
  });
});

describe('rates and percentages', () => {
  it('read the configured rate exactly, in basis points', () => {
    expect(parseRatePercent('8')).toBe(800);
    expect(parseRatePercent('8.5')).toBe(850);
    expect(parseRatePercent('7.25')).toBe(725);
    expect(parseRatePercent('8.125')).toBeUndefined();
    expect(parseRatePercent('eight')).toBeUndefined();
    expect(formatRatePercent(725)).toBe('7.25');
    expect(readInterestRate({})).toBe(800);
    expect(readInterestRate({ CONFISCATION_INTEREST_RATE_PERCENT: '6' })).toBe(600);
    expect(() => readInterestRate({ CONFISCATION_INTEREST_RATE_PERCENT: '8%' })).toThrow(
      /CONFISCATION_INTEREST_RATE_PERCENT/,
    );
  });

  it('give shares to two places, halves up, without floats', () => {
    expect(percentOf(45, 100)).toBe('45.00');
    expect(percentOf(1, 3)).toBe('33.33');
    expect(percentOf(2, 3)).toBe('66.67');
    expect(percentOf(1, 800)).toBe('0.13');
    expect(percentOf(0, 5)).toBe('0.00');
    expect(percentOf(0, 0)).toBeNull();
  });
});
