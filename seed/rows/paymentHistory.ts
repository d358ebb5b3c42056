import type { Faker } from '@faker-js/faker';
import { type Day, formatDay } from '../calendar';
import { chance, intBetween } from '../random';
import type { ConfiscationRows } from './rowTypes';

type PaymentRow = NonNullable<ConfiscationRows['payment']>[number];

/** What an order's payments add up to, and the days they can fall on. */
export interface PaymentPlan {
  accountNumber: string;
  /** The amount ordered, which decides where the money comes from and how many payments it takes. */
  orderPence: number;
  /** Paid by the as-of date, from plannedCollection.ts. */
  paidPence: number;
  /** Whether that pays the order off. */
  inFull: boolean;
  firstDay: Day;
  lastDay: Day;
  timeToPayEnds: Day;
}

/**
 * When an order paid in full was paid off, counted from the end of its time to pay: in time; on the reminder
 * (sent one to three weeks after, answered within two); once an enforcement hearing is held (one to four months
 * after); or late, after a warrant or a receiver. The enforcement history follows from the day
 * (enforcementHistory.ts), so this is what keeps small orders away from warrants.
 */
const STAGES: readonly { from: number; to: number }[] = [
  { from: Number.NEGATIVE_INFINITY, to: 0 },
  { from: 8, to: 42 },
  { from: 60, to: 180 },
  { from: 180, to: 540 },
];

/** The chance of each stage for an order of up to £1,000, and for one of £1m or more; between, interpolated. */
const SMALL_ORDER_STAGES = [0.8, 0.13, 0.04, 0.03];
const LARGE_ORDER_STAGES = [0.35, 0.2, 0.25, 0.2];

function stageWeights(orderPence: number): number[] {
  const magnitude = Math.log10(Math.max(1, orderPence / 100));
  const position = Math.min(1, Math.max(0, (magnitude - 3) / 3));
  return SMALL_ORDER_STAGES.map(
    (small, index) => small + ((LARGE_ORDER_STAGES[index] ?? small) - small) * position,
  );
}

/** The day an order paid in full was paid off: in a stage whose days have begun by the last day. */
function paidOffOn(faker: Faker, plan: PaymentPlan): Day {
  const weights = stageWeights(plan.orderPence);
  const open = STAGES.flatMap(({ from, to }, index) => {
    const window = {
      from: Math.max(plan.firstDay, plan.timeToPayEnds + from),
      to: Math.min(plan.lastDay, plan.timeToPayEnds + to),
      weight: weights[index] ?? 0,
    };
    return window.from <= window.to ? [window] : [];
  });
  let draw = faker.number.float() * open.reduce((sum, window) => sum + window.weight, 0);
  for (const window of open) {
    if (draw < window.weight || window === open[open.length - 1])
      return intBetween(faker, window.from, window.to);
    draw -= window.weight;
  }
  return plan.lastDay;
}

function sourceOf(faker: Faker, orderPence: number): PaymentRow['source'] {
  if (orderPence < 500_000 || chance(faker, 0.4)) return 'VOLUNTARY';
  return orderPence > 10_000_000 && chance(faker, 0.4) ? 'RECEIVERSHIP' : 'REALISED_ASSET';
}

/**
 * The payments that make up what an order has been paid: one or two on small orders, up to six on large ones,
 * on days up to the day it was paid off (in full) or up to the as-of date (in part), the last in full on that day.
 */
export function paymentsFor(faker: Faker, plan: PaymentPlan): PaymentRow[] {
  const { paidPence: paid, orderPence, firstDay, lastDay } = plan;
  if (paid <= 0 || firstDay > lastDay) return [];
  const until = plan.inFull ? paidOffOn(faker, plan) : lastDay;
  const count = Math.min(paid, orderPence < 100_000 ? intBetween(faker, 1, 2) : intBetween(faker, 1, 6));
  const days = Array.from({ length: count }, (_, index) =>
    plan.inFull && index === count - 1 ? until : intBetween(faker, firstDay, until),
  ).sort((a, b) => a - b);
  const weights = days.map(() => 0.2 + faker.number.float());
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  let left = paid;
  return days.map((day, index) => {
    const amount =
      index === count - 1
        ? left
        : Math.max(
            1,
            Math.min(left - (count - index - 1), Math.floor((paid * (weights[index] ?? 1)) / weightTotal)),
          );
    left -= amount;
    return {
      accountNumber: plan.accountNumber,
      paidOn: formatDay(day),
      amountPence: amount,
      source: sourceOf(faker, orderPence),
    };
  });
}
