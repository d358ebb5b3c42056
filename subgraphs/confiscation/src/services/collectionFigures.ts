import { findCourt } from '@lib/reference/courtRegister';
import { figureTable, publishFigures } from '@lib/statistics/disclosureControl';
import type { Order } from '../store/confiscationTables';
import type { ActionRow, PaymentRow } from '../store/enforcementWrites';
import { COURT_REGIONS, type CourtRegion, regionOfCourt } from './courtRegions';
import { orderPosition } from './orderPosition';
import { standingPayments } from './paymentEntries';
import { percentOf } from './percent';
import { SIZE_BANDS, sizeBandOf } from '@lib/reference/orderSizeBands';

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
  /** The people the orders are against: what disclosure control counts. */
  people: Set<string>;
}

function emptyTally(): Tally {
  return {
    people: new Set(),
    orders: 0,
    amountOrdered: 0,
    amountDue: 0,
    amountCollected: 0,
    principalCollected: 0,
    outstanding: 0,
    outstandingWithInterest: 0,
  };
}

function figuresOf({ principalCollected, people: _people, ...tally }: Tally): CollectionFigures {
  return { ...tally, enforcementRatePercent: percentOf(principalCollected, tally.amountDue) };
}

/**
 * Who an order is against, for counting people rather than orders: the defendant's PNC ID, or the order itself
 * when it has none (as if each such order were a different person, which can only count more people).
 */
function personOf(order: Order): string {
  return order.defendantPncId ?? `order ${order.accountNumber}`;
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

/** Orders made in a year, and payments received in it: two groups of people, each its own cell. */
interface YearTally {
  ordersMade: number;
  amountOrdered: number;
  madeAgainst: Set<string>;
  amountCollected: number;
  paidBy: Set<string>;
}

function yearInto(years: Map<string, YearTally>, year: string): YearTally {
  const tally = years.get(year) ?? {
    ordersMade: 0,
    amountOrdered: 0,
    madeAgainst: new Set<string>(),
    amountCollected: 0,
    paidBy: new Set<string>(),
  };
  years.set(year, tally);
  return tally;
}

/**
 * The figures the auditors report confiscation by (NAO): orders made and amount ordered per year, amount
 * collected per year, the enforcement rate (the share of the amount due that has been paid), and the debt
 * outstanding with and without interest; overall, by size band, by enforcing court and by its region. Orders
 * written off owe nothing more. Everything is in whole pence and counts: no one is named, and a figure about
 * fewer than 5 people, or one that would give such a figure away, is withheld (lib/statistics/disclosureControl).
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
  const byYear = new Map<string, YearTally>();
  for (const { order, payments, actions } of records) {
    const position = orderPosition(order, payments, actions, asOf, rateBasisPoints);
    const closedOff = position.status === 'WRITTEN_OFF';
    const court = order.enforcingCourtCode;
    const person = personOf(order);
    for (const tally of [
      overall,
      tallyInto(bands, sizeBandOf(order.amountOrderedPence)),
      tallyInto(courts, court),
      tallyInto(regions, regionOfCourt(court)),
    ]) {
      tally.people.add(person);
      tally.orders += 1;
      tally.amountOrdered += order.amountOrderedPence;
      tally.amountDue += position.amountDuePence;
      tally.amountCollected += position.amountPaidPence;
      tally.principalCollected += Math.min(position.amountPaidPence, position.amountDuePence);
      tally.outstanding += closedOff ? 0 : position.balancePence;
      tally.outstandingWithInterest += closedOff ? 0 : position.balanceWithInterestPence;
    }
    const made = yearInto(byYear, yearOf(order.orderedOn, yearBasis));
    made.ordersMade += 1;
    made.amountOrdered += order.amountOrderedPence;
    made.madeAgainst.add(person);
    for (const payment of standingPayments(payments)) {
      const paidIn = yearInto(byYear, yearOf(payment.paidOn, yearBasis));
      paidIn.amountCollected += payment.amountPence;
      paidIn.paidBy.add(person);
    }
  }
  const dates = records.flatMap(({ order, payments }) => [order.orderedOn, ...payments.map((p) => p.paidOn)]);
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const years = first && last ? yearsBetween(first, last, yearBasis) : [];
  const courtCodes = [...courts.keys()].sort();
  const regionsListed = COURT_REGIONS.filter((region: CourtRegion) => regions.has(region));

  // One table for every figure set: each set of the same orders adds up to all orders (years, bands, courts,
  // regions), and each region to its courts, so a cell withheld in one must not be given away by another.
  const table = figureTable();
  table.cell('overall', overall.people);
  const breakdowns: [string, readonly string[], (key: string) => Set<string> | undefined][] = [
    ['band', SIZE_BANDS, (band) => bands.get(band)?.people],
    ['court', courtCodes, (code) => courts.get(code)?.people],
    ['region', regionsListed, (region) => regions.get(region)?.people],
    ['made', years, (year) => byYear.get(year)?.madeAgainst],
    ['collected', years, (year) => byYear.get(year)?.paidBy],
  ];
  for (const [prefix, keys, peopleOf] of breakdowns) {
    for (const key of keys) table.cell(`${prefix}:${key}`, peopleOf(key) ?? []);
    table.line(
      'overall',
      keys.map((key) => `${prefix}:${key}`),
    );
  }
  for (const region of regionsListed) {
    table.line(
      `region:${region}`,
      courtCodes.filter((code) => regionOfCourt(code) === region).map((code) => `court:${code}`),
    );
  }
  const withheld = table.withheld();
  const published = (cell: string, tally: Tally | undefined) =>
    publishFigures(figuresOf(tally ?? emptyTally()), cell, withheld);

  return {
    years: years.map((year) => {
      const tally = byYear.get(year);
      return {
        year,
        ...publishFigures(
          {
            ordersMade: tally?.ordersMade ?? 0,
            amountOrdered: tally?.amountOrdered ?? 0,
            amountCollected: tally?.amountCollected ?? 0,
          },
          { ordersMade: `made:${year}`, amountOrdered: `made:${year}`, amountCollected: `collected:${year}` },
          withheld,
        ),
      };
    }),
    overall: published('overall', overall),
    bySizeBand: SIZE_BANDS.map((band) => ({ band, figures: published(`band:${band}`, bands.get(band)) })),
    byCourt: courtCodes.map((courtCode) => ({
      courtCode,
      courtName: findCourt(courtCode)?.name ?? courtCode,
      region: regionOfCourt(courtCode),
      figures: published(`court:${courtCode}`, courts.get(courtCode)),
    })),
    byRegion: regionsListed.map((region) => ({
      region,
      figures: published(`region:${region}`, regions.get(region)),
    })),
  };
}
