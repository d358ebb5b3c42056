import type { Faker } from '@faker-js/faker';
import { defaultTermBand } from '@lib/reference/defaultTerms';
import { addMonths, type Day, formatDay, parseDay } from '../calendar';
import type { Journey } from '../journeys/journeyTypes';
import type { JusticePlan } from '../planJustice';
import { chance, seededFaker, STREAM } from '../random';
import { enforcementHistory } from './enforcementHistory';
import { paymentsFor } from './paymentHistory';
import { type CollectableOrder, plannedCollection } from './plannedCollection';
import type { ConfiscationRows } from './rowTypes';

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

/** The days an order can be paid on: after it was made (as the court made it and as it was keyed), before as-of. */
function paymentDays(journey: Journey, keyedOn: string, asOf: Day): { firstDay: Day; lastDay: Day } {
  return { firstDay: Math.max(journey.order?.orderedOn ?? 0, parseDay(keyedOn)) + 1, lastDay: asOf - 1 };
}

/** An order as the collection plan sees it: measured against the amount keyed, paid up to the court's amount. */
function collectable(journey: Journey, keyed: ReturnType<typeof recordedOrder>, asOf: Day): CollectableOrder {
  const days = paymentDays(journey, keyed.orderedOn, asOf);
  return {
    accountNumber: keyed.accountNumber,
    duePence: keyed.amountOrderedPence,
    capPence: Math.min(journey.order?.amountPence ?? 0, keyed.amountOrderedPence),
    firstPaymentDay: days.firstDay,
    lastPaymentDay: days.lastDay,
  };
}

/**
 * The confiscation store's rows: each order (with its fault, if any, and the court's findings), the payments
 * made towards it and the enforcement taken (seed/rows/enforcementHistory.ts). How much each order has been paid
 * is planned first, across all orders, so that each size band collects its NAO rate (plannedCollection.ts). The
 * findings, the plan and the enforcement draw from their own streams, so that each is what it was without the
 * others.
 */
export function* confiscationRowGroups(plan: JusticePlan): Generator<ConfiscationRows> {
  const faker = seededFaker(plan.options.seed, STREAM.payments);
  const findings = seededFaker(plan.options.seed, STREAM.orderFindings);
  const enforcement = seededFaker(plan.options.seed, STREAM.enforcement);
  const keyed = plan.journeys.flatMap((journey) =>
    journey.order ? [{ journey, recorded: recordedOrder(journey) }] : [],
  );
  const collection = plannedCollection(
    seededFaker(plan.options.seed, STREAM.collection),
    keyed.map(({ journey, recorded }) => collectable(journey, recorded, plan.asOf)),
    plan.asOf,
  );
  for (const { journey, recorded } of keyed) {
    const row = { ...recorded, ...orderFindings(findings, journey) };
    const order = collectable(journey, recorded, plan.asOf);
    const paidPence = collection.get(row.accountNumber) ?? 0;
    const payments = paymentsFor(faker, {
      accountNumber: row.accountNumber,
      orderPence: order.capPence,
      paidPence,
      inFull: paidPence >= order.capPence,
      firstDay: order.firstPaymentDay,
      lastDay: order.lastPaymentDay,
      timeToPayEnds: parseDay(row.timeToPayEnds),
    });
    yield {
      confiscationOrder: [row],
      payment: payments,
      enforcementAction: enforcementHistory(enforcement, row, payments, plan.asOf),
    };
  }
}
