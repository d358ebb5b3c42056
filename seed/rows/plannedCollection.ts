import type { Faker } from '@faker-js/faker';
import { sizeBandOf, type OrderSizeBand } from '@lib/reference/orderSizeBands';
import type { Day } from '../calendar';
import { normal } from '../random';
import { bandCollectionRates } from './collectionTargets';

/** An order as the collection plan sees it. */
export interface CollectableOrder {
  accountNumber: string;
  /** The amount due as keyed into the enforcement system: what the enforcement rate is measured against. */
  duePence: number;
  /** The most the defendant pays: the amount due, or the court's amount when a fault keyed a larger one. */
  capPence: number;
  /** The first and last day a payment can be made on (none when the first is after the last). */
  firstPaymentDay: Day;
  lastPaymentDay: Day;
}

/** Days after which an order is as likely to have been paid as it will ever be: its time to pay and a month. */
const MATURE_AFTER_DAYS = 120;
/** How much less likely to have paid an order just made is than a mature one, in standard deviations. */
const YOUNG_ORDER_PENALTY = 1.5;
/** The width of the part-paid zone, in standard deviations: below it an order is unpaid, above it paid in full. */
const PART_PAID_WIDTH = 1;

interface Propensity {
  order: CollectableOrder;
  /** How willing and able the defendant is to pay, lower for an order still young. */
  score: number;
}

/** The share of its cap an order pays at a level: 0 below the part-paid zone, 1 above it. */
function shareAt(score: number, level: number): number {
  return Math.min(1, Math.max(0, (score + level) / PART_PAID_WIDTH));
}

function collectedAt(band: readonly Propensity[], level: number): number {
  return band.reduce((sum, { order, score }) => sum + shareAt(score, level) * order.capPence, 0);
}

/**
 * The level at which a band's orders, each paying the share its score gives, pay `target` in all: found by
 * bisection, as the amount collected only grows with the level.
 */
function levelFor(band: readonly Propensity[], target: number): number {
  let low = -12;
  let high = 12;
  if (collectedAt(band, high) <= target) return high;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (collectedAt(band, middle) < target) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * How much of each order has been paid by the as-of date, so that each size band collects the rate the NAO
 * reports for it (collectionTargets.ts) of the amount due in it. Within a band the payers are drawn at random,
 * an order's chance growing with its age: the orders made most recently are still in their time to pay. Each
 * order is then paid in full, in part or not at all, and the band's total is hit to the penny, whatever the
 * scale: a band of one order pays that order's share.
 */
export function plannedCollection(
  faker: Faker,
  orders: readonly CollectableOrder[],
  asOf: Day,
): Map<string, number> {
  const bands = new Map<OrderSizeBand, Propensity[]>();
  const dueByBand = new Map<OrderSizeBand, number>();
  for (const order of orders) {
    const band = sizeBandOf(order.duePence);
    const maturity = Math.min(1, Math.max(0, asOf - order.firstPaymentDay) / MATURE_AFTER_DAYS);
    const score = normal(faker) - YOUNG_ORDER_PENALTY * (1 - maturity);
    const payable = order.firstPaymentDay <= order.lastPaymentDay;
    const members = bands.get(band) ?? [];
    members.push({ order: payable ? order : { ...order, capPence: 0 }, score });
    bands.set(band, members);
    dueByBand.set(band, (dueByBand.get(band) ?? 0) + order.duePence);
  }
  const rates = bandCollectionRates(dueByBand);
  const paid = new Map<string, number>();
  for (const [band, members] of bands) {
    const level = levelFor(members, rates[band] * (dueByBand.get(band) ?? 0));
    for (const { order, score } of members) {
      paid.set(order.accountNumber, Math.floor(shareAt(score, level) * order.capPence));
    }
  }
  return paid;
}
