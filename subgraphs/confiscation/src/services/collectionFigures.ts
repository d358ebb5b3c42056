import { findCourt } from '@lib/reference/courtRegister';
import type { Order } from '../store/confiscationTables';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';
import { COURT_REGIONS, type CourtRegion, regionOfCourt } from './courtRegions';
import { orderPosition } from './orderPosition';
import { percentOf } from './percent';
import { SIZE_BANDS, sizeBandOf } from './sizeBands';

/** How years are named: financial years (April to March) or calendar years. */
export type YearBasis = 'FINANCIAL' | 'CALENDAR';

/** An order with its payments and actions, all on or before the as-of date. */
export interface OrderLedgerRecord {
  order: Order;
  payments: readonly PaymentRow[];
  actions: readonly ActionRow[];
}

/** Collection figures for a set of orders, amounts in pence (the CollectionFigures type). */
export interface CollectionFigures {
  orders: number;
  amountOrdered: number;
  amountDue: number;
  amountCollected: number;
  enforcementRatePercent: string | null;
  outstanding: number;
  outstandingWithInterest: number;
}

interface Tally extends Omit<CollectionFigures, 'enforcementRatePercent'> {
  /** Paid towards the amount due, interest left out: the enforcement rate's numerator. */
  principalCollected: number;
}

function emptyTally(): Tally {
  return {
    orders: 0,
    amountOrdered: 0,
    amountDue: 0,
    amountCollected: 0,
    principalCollected: 0,
    outstanding: 0,
    outstandingWithInterest: 0,
  };
}

function figuresOf({ principalCollected, ...tally }: Tally): CollectionFigures {
  return { ...tally, enforcementRatePercent: percentOf(principalCollected, tally.amountDue) };
}

/** The year a date falls in: "2024-25" for 1 April 2024 to 31 March 2025, or "2024". */
export function yearOf(date: string, basis: YearBasis): string {
  const year = Number(date.slice(0, 4));
  if (basis === 'CALENDAR') return String(year);
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first calendar year of the year a date falls in: 2024 for 2024-25. */
function startYear(date: string, basis: YearBasis): number {
  return Number(yearOf(date, basis).slice(0, 4));
}

/** Every year from the first date's to the last's, so that a year with nothing shows as zero, not missing. */
function yearsBetween(first: string, last: string, basis: YearBasis): string[] {
  const years: string[] = [];
  for (let year = startYear(first, basis); year <= startYear(last, basis); year += 1) {
    years.push(yearOf(`${year}-04-01`, basis));
  }
  return years;
}

function tallyInto(tallies: Map<string, Tally>, key: string): Tally {
  const tally = tallies.get(key) ?? emptyTally();
  tallies.set(key, tally);
  return tally;
}

/**
 * The figures the auditors report confiscation by (NAO): orders made and amount ordered per year, amount
 * collected per year, the enforcement rate (the share of the amount due that has been paid), and the debt
 * outstanding with and without interest; overall, by size band, by enforcing court and by its region. Orders
 * written off owe nothing more. Everything is in whole pence and counts: no one is named.
 */
export function collectionFigures(
  records: readonly OrderLedgerRecord[],
  asOf: string,
  rateBasisPoints: number,
  yearBasis: YearBasis,
) {
  const overall = emptyTally();
  const bands = new Map<string, Tally>();
  const courts = new Map<string, Tally>();
  const regions = new Map<string, Tally>();
  const made = new Map<string, { ordersMade: number; amountOrdered: number }>();
  const collected = new Map<string, number>();
  for (const { order, payments, actions } of records) {
    const position = orderPosition(order, payments, actions, asOf, rateBasisPoints);
    const closedOff = position.status === 'WRITTEN_OFF';
    const court = order.enforcingCourtCode;
    for (const tally of [
      overall,
      tallyInto(bands, sizeBandOf(order.amountOrderedPence)),
      tallyInto(courts, court),
      tallyInto(regions, regionOfCourt(court)),
    ]) {
      tally.orders += 1;
      tally.amountOrdered += order.amountOrderedPence;
      tally.amountDue += position.amountDuePence;
      tally.amountCollected += position.amountPaidPence;
      tally.principalCollected += Math.min(position.amountPaidPence, position.amountDuePence);
      tally.outstanding += closedOff ? 0 : position.balancePence;
      tally.outstandingWithInterest += closedOff ? 0 : position.balanceWithInterestPence;
    }
    const year = made.get(yearOf(order.orderedOn, yearBasis)) ?? { ordersMade: 0, amountOrdered: 0 };
    year.ordersMade += 1;
    year.amountOrdered += order.amountOrderedPence;
    made.set(yearOf(order.orderedOn, yearBasis), year);
    for (const payment of payments) {
      const paidIn = yearOf(payment.paidOn, yearBasis);
      collected.set(paidIn, (collected.get(paidIn) ?? 0) + payment.amountPence);
    }
  }
  const dates = records.flatMap(({ order, payments }) => [order.orderedOn, ...payments.map((p) => p.paidOn)]);
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const years = first && last ? yearsBetween(first, last, yearBasis) : [];
  return {
    years: years.map((year) => ({
      year,
      ordersMade: made.get(year)?.ordersMade ?? 0,
      amountOrdered: made.get(year)?.amountOrdered ?? 0,
      amountCollected: collected.get(year) ?? 0,
    })),
    overall: figuresOf(overall),
    bySizeBand: SIZE_BANDS.map((band) => ({ band, figures: figuresOf(bands.get(band) ?? emptyTally()) })),
    byCourt: [...courts.keys()].sort().map((courtCode) => ({
      courtCode,
      courtName: findCourt(courtCode)?.name ?? courtCode,
      region: regionOfCourt(courtCode),
      figures: figuresOf(courts.get(courtCode) ?? emptyTally()),
    })),
    byRegion: COURT_REGIONS.filter((region: CourtRegion) => regions.has(region)).map((region) => ({
      region,
      figures: figuresOf(regions.get(region) ?? emptyTally()),
    })),
  };
}
