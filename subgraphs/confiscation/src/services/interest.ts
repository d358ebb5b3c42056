import { dayNumber } from '@lib/time/londonTime';

/**
 * An order's money over time: what was ordered, when the time to pay ended, what was paid and when, and the
 * variations that changed the amount due (each the amount due from its date). Amounts are whole pence.
 */
export interface Ledger {
  amountOrderedPence: number;
  timeToPayEnds: string;
  payments: readonly { paidOn: string; amountPence: number }[];
  variations: readonly { on: string; amountPence: number }[];
}

/** Interest is a rate a year in basis points (hundredths of a percent): 800 is 8%, the Judgments Act rate. */
export const DEFAULT_INTEREST_RATE_BASIS_POINTS = 800;

/** Simple interest counts every year as 365 days, leap years too, as the Judgments Act daily rate does. */
const DAYS_A_YEAR = 365n;
const BASIS_POINTS = 10_000n;

/** The amount due on a date: the amount ordered, or the last variation that took effect by then. */
export function amountDueOn(ledger: Ledger, date: string): number {
  let due = ledger.amountOrderedPence;
  for (const variation of [...ledger.variations].sort((a, b) => a.on.localeCompare(b.on))) {
    if (variation.on <= date) due = variation.amountPence;
  }
  return due;
}

/** Everything paid on or before a date. */
export function paidBy(ledger: Ledger, date: string): number {
  return ledger.payments.reduce(
    (total, payment) => total + (payment.paidOn <= date ? payment.amountPence : 0),
    0,
  );
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Interest on an order up to and including `asOf` (POCA 2002 s.12): simple interest at `rateBasisPoints` a year on
 * the principal still unpaid, for each day after the time to pay ends. A day's principal is the amount due that
 * day less everything paid before it: a payment stops interest on its amount from the next day, so that paying
 * today what is owed today settles the order. Payments go to the principal first, so interest stops as soon as
 * it can, and interest is never charged on interest.
 *
 * Rounding: the exact sum of principal x days x rate / (365 x 10,000) is kept as a whole number of
 * pence-day-basis-points (BigInt, no floats) and divided once at the end, rounding down to the whole penny, so
 * the debtor is never charged a fraction of a penny more than the exact interest.
 */
export function accruedInterest(ledger: Ledger, asOf: string, rateBasisPoints: number): number {
  const first = dayNumber(ledger.timeToPayEnds) + 1;
  const last = dayNumber(asOf);
  if (last < first) return 0;
  // The principal changes the day after a payment and on the day of a variation.
  const changes = [
    ...ledger.payments.map((payment) => dayNumber(payment.paidOn) + 1),
    ...ledger.variations.map((variation) => dayNumber(variation.on)),
  ].filter((day) => day > first && day <= last);
  const boundaries = [...new Set([first, ...changes, last + 1])].sort((a, b) => a - b);
  let pencePerDay = 0n;
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const from = boundaries[index] ?? first;
    const until = boundaries[index + 1] ?? last + 1;
    const principal = Math.max(0, amountDueOn(ledger, isoDay(from)) - paidBy(ledger, isoDay(from - 1)));
    pencePerDay += BigInt(principal) * BigInt(until - from);
  }
  return Number((pencePerDay * BigInt(rateBasisPoints)) / (DAYS_A_YEAR * BASIS_POINTS));
}

/** Where an order stands on a date, in pence. */
export interface Position {
  /** The amount due: as ordered or as last varied. */
  amountDuePence: number;
  /** Everything paid by the date. */
  amountPaidPence: number;
  /** The principal still unpaid (never below zero). */
  balancePence: number;
  /** All interest accrued by the date, paid or not. */
  interestAccruedPence: number;
  /** What is owed with interest: the amount due and the interest, less everything paid (never below zero). */
  balanceWithInterestPence: number;
  /** Payments beyond the amount due and all the interest: more than zero only if something went wrong. */
  overpaidPence: number;
}

/** An order's position on a date: the amount due, paid, unpaid, and the interest. */
export function positionAt(ledger: Ledger, asOf: string, rateBasisPoints: number): Position {
  const amountDuePence = amountDueOn(ledger, asOf);
  const amountPaidPence = paidBy(ledger, asOf);
  const interestAccruedPence = accruedInterest(ledger, asOf, rateBasisPoints);
  const owed = amountDuePence + interestAccruedPence - amountPaidPence;
  return {
    amountDuePence,
    amountPaidPence,
    balancePence: Math.max(0, amountDuePence - amountPaidPence),
    interestAccruedPence,
    balanceWithInterestPence: Math.max(0, owed),
    overpaidPence: Math.max(0, -owed),
  };
}
