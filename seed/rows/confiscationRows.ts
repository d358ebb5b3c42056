import type { Faker } from '@faker-js/faker';
import { defaultTermBand } from '@lib/reference/defaultTerms';
import { addMonths, type Day, formatDay, parseDay } from '../calendar';
import type { Journey } from '../journeys/journeyTypes';
import type { JusticePlan } from '../planJustice';
import { chance, intBetween, seededFaker, STREAM } from '../random';
import { enforcementHistory } from './enforcementHistory';
import type { ConfiscationRows } from './rowTypes';

type PaymentRow = NonNullable<ConfiscationRows['payment']>[number];

/**
 * The chance an order is paid in full once its time to pay has run, by the order of magnitude of the amount in
 * pounds (interpolated). Tuned, with the part payments, to the NAO's figures: 96% of orders up to £1,000 and 22%
 * above £1m enforced, about 45% of the value ordered collected overall.
 */
const COLLECTION_BY_MAGNITUDE: readonly (readonly [number, number])[] = [
  [3, 0.96],
  [4, 0.85],
  [5, 0.55],
  [6, 0.22],
  [7, 0.15],
];

function collectable(pence: number): number {
  const magnitude = Math.log10(Math.max(1, pence / 100));
  let previous = COLLECTION_BY_MAGNITUDE[0] ?? [3, 0.96];
  if (magnitude <= previous[0]) return previous[1];
  for (const point of COLLECTION_BY_MAGNITUDE) {
    if (magnitude <= point[0])
      return previous[1] + ((point[1] - previous[1]) * (magnitude - previous[0])) / (point[0] - previous[0]);
    previous = point;
  }
  return previous[1];
}

function sourceOf(faker: Faker, orderPence: number): PaymentRow['source'] {
  if (orderPence < 500_000 || chance(faker, 0.4)) return 'VOLUNTARY';
  return orderPence > 10_000_000 && chance(faker, 0.4) ? 'RECEIVERSHIP' : 'REALISED_ASSET';
}

/**
 * Payments towards an order, after it was made and before the as-of date, never more than `cap` in total.
 * Orders are paid in full with the chance their size gives, reached once they have run about four months (the
 * three months' time to pay and a little); the rest are part paid or not paid at all.
 */
export function paymentsFor(
  faker: Faker,
  accountNumber: string,
  cap: number,
  after: Day,
  asOf: Day,
): PaymentRow[] {
  const first = after + 1;
  const last = asOf - 1;
  if (first > last) return [];
  const maturity = Math.min(1, (last - after) / 120);
  const share = collectable(cap);
  const paid = chance(faker, share * maturity)
    ? cap
    : chance(faker, 0.35)
      ? 0
      : Math.floor(cap * faker.number.float() * share * maturity);
  if (paid <= 0) return [];
  const count = Math.min(paid, cap < 100_000 ? intBetween(faker, 1, 2) : intBetween(faker, 1, 6));
  const days = Array.from({ length: count }, () => intBetween(faker, first, last)).sort((a, b) => a - b);
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
    return { accountNumber, paidOn: formatDay(day), amountPence: amount, source: sourceOf(faker, cap) };
  });
}

/** Share of orders whose benefit the defendant could pay in full: the order is then for the whole benefit. */
const BENEFIT_AVAILABLE_SHARE = 0.2;

/** Above the last band's lower bound (£1m), terms grow with the amount up to this, in pence (£20m). */
const TOP_BAND_SPAN_PENCE = 2_000_000_000;

/**
 * The term in default a court fixes for an amount: in the amount's statutory band, longer than the band below
 * allows and at most the band's maximum, in proportion to where the amount sits in the band.
 */
export function defaultTermFor(amountPence: number): number {
  const band = defaultTermBand(amountPence);
  const upTo = Number.isFinite(band.upToPence) ? band.upToPence : TOP_BAND_SPAN_PENCE;
  const position = Math.min(1, Math.max(0, (amountPence - band.abovePence) / (upTo - band.abovePence)));
  const months = band.aboveMonths + Math.ceil(position * (band.maximumMonths - band.aboveMonths));
  return Math.min(band.maximumMonths, Math.max(band.aboveMonths + 1, months));
}

/**
 * The court's findings on an order, keyed with it: the Crown Court that made it; the benefit from criminal
 * conduct; the available amount, which is what was ordered (the order is for the available amount when the
 * benefit is larger, and for the benefit when the defendant can pay it all); and the default term, on the amount
 * the court ordered. A fault that changes the keyed amount leaves the court's findings as the court made them.
 */
function orderFindings(faker: Faker, journey: Journey) {
  const order = journey.order;
  if (!order) throw new Error('orderFindings needs an order');
  const ordered = order.amountPence;
  const benefitPence = chance(faker, BENEFIT_AVAILABLE_SHARE)
    ? ordered
    : ordered + Math.max(1, Math.round(ordered * 3 * faker.number.float()));
  return {
    crownCourtCode: journey.crown.courtCode,
    benefitPence,
    availableAmountPence: ordered,
    defaultSentenceMonths: defaultTermFor(ordered),
  };
}

/** The order as keyed into the enforcement system: the truth, except for the field its fault (if any) changes. */
function recordedOrder(journey: Journey) {
  const order = journey.order;
  if (!order) throw new Error('recordedOrder needs an order');
  const fault = journey.fault;
  const recorded = (kind: string, truth: string | null): string | null =>
    fault?.kind === kind ? fault.recordedValue : truth;
  const orderedOn = parseDay(recorded('CONFISCATION_DATE_MISMATCH', formatDay(order.orderedOn)) ?? '');
  return {
    accountNumber: order.accountNumber,
    crownCourtCaseNumber: recorded('CONFISCATION_CASE_UNKNOWN', journey.crown.caseNumber) ?? '',
    defendantPncId:
      fault?.kind === 'CONFISCATION_PNC_MALFORMED' || fault?.kind === 'CONFISCATION_PNC_OTHER_PERSON'
        ? fault.recordedValue
        : journey.person.pncId,
    orderedOn: formatDay(orderedOn),
    amountOrderedPence: Number(recorded('CONFISCATION_AMOUNT_MISMATCH', String(order.amountPence))),
    enforcingCourtCode: journey.magistrates.courtCode,
    timeToPayEnds: formatDay(addMonths(orderedOn, 3)),
  };
}

/**
 * The confiscation store's rows: each order (with its fault, if any, and the court's findings), the payments
 * made towards it and the enforcement taken (seed/rows/enforcementHistory.ts). The findings and the enforcement
 * draw from their own streams, so that the payments are what they were without them.
 */
export function* confiscationRowGroups(plan: JusticePlan): Generator<ConfiscationRows> {
  const faker = seededFaker(plan.options.seed, STREAM.payments);
  const findings = seededFaker(plan.options.seed, STREAM.orderFindings);
  const enforcement = seededFaker(plan.options.seed, STREAM.enforcement);
  for (const journey of plan.journeys) {
    if (!journey.order) continue;
    const row = { ...recordedOrder(journey), ...orderFindings(findings, journey) };
    const truth = journey.order;
    if (!truth) continue;
    const after = Math.max(truth.orderedOn, parseDay(row.orderedOn));
    const cap = Math.min(truth.amountPence, row.amountOrderedPence);
    const payments = paymentsFor(faker, row.accountNumber, cap, after, plan.asOf);
    yield {
      confiscationOrder: [row],
      payment: payments,
      enforcementAction: enforcementHistory(enforcement, row, payments, plan.asOf),
    };
  }
}
