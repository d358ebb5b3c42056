import { RESULTS_OF } from '../../subgraphs/confiscation/src/services/enforcementResults';
import { AS_OF, dayOf, generated, groupBy } from './seedFixture';

/**
 * The enforcement history the seed writes for each order: the steps a magistrates' court takes when an order is
 * not paid in time, each consistent with the payments, with results as the rules allow and a backlog of overdue
 * results; more enforcement, the larger the order, as the falling enforcement rates by size imply.
 */
const { rows, manifest } = generated(0.01, 7);
const { confiscationOrder: orders, payment: payments, enforcementAction: actions } = rows.confiscation;
const actionsOf = groupBy(actions, (action) => action.accountNumber);
const paymentsOf = groupBy(payments, (payment) => payment.accountNumber);
const DEFAULT_STEPS = new Set([
  'PAYMENT_REMINDER',
  'ENFORCEMENT_HEARING',
  'DEFAULT_WARRANT',
  'DEFAULT_TERM_SERVED',
]);

/** The day an order was paid in full, or null. */
function paidInFullOn(accountNumber: string, amountPence: number): string | null {
  let paid = 0;
  for (const payment of paymentsOf.get(accountNumber) ?? []) {
    paid += payment.amountPence;
    if (paid >= amountPence) return payment.paidOn;
  }
  return null;
}

describe("the seed's enforcement history", () => {
  it('writes actions, counted in the manifest', () => {
    expect(actions.length).toBeGreaterThan(orders.length / 2);
    expect(manifest.counts.enforcement_action).toBe(actions.length);
  });

  it('dates every step after the order and before the as-of date, with results only as each kind allows', () => {
    const madeOn = new Map(orders.map((order) => [order.accountNumber, order.orderedOn]));
    for (const action of actions) {
      expect(action.takenOn > (madeOn.get(action.accountNumber) ?? '')).toBe(true);
      expect(action.takenOn < AS_OF).toBe(true);
      expect((action.dueOn ?? '') >= action.takenOn).toBe(true);
      if (action.outcome === 'PENDING') {
        expect(action.outcomeOn ?? null).toBeNull();
      } else {
        expect(RESULTS_OF[action.kind]).toContain(action.outcome);
        expect((action.outcomeOn ?? '') >= action.takenOn && (action.outcomeOn ?? '') < AS_OF).toBe(true);
      }
    }
  });

  it('enforces only orders unpaid when their time to pay ran out, and every one of them a while after', () => {
    for (const order of orders) {
      const steps = (actionsOf.get(order.accountNumber) ?? []).filter((action) =>
        DEFAULT_STEPS.has(action.kind),
      );
      const paidOn = paidInFullOn(order.accountNumber, order.amountOrderedPence);
      if (paidOn !== null && paidOn <= order.timeToPayEnds) expect(steps).toEqual([]);
      const longUnpaid =
        dayOf(AS_OF) - dayOf(order.timeToPayEnds) > 21 && (paidOn === null || paidOn >= AS_OF);
      if (longUnpaid) expect(steps.map((step) => step.kind)).toContain('PAYMENT_REMINDER');
    }
  });

  it('escalates in order: a warrant only at a hearing held, a default term only on a warrant executed', () => {
    for (const steps of actionsOf.values()) {
      for (const warrant of steps.filter((action) => action.kind === 'DEFAULT_WARRANT')) {
        const hearing = steps.find((action) => action.kind === 'ENFORCEMENT_HEARING');
        expect([hearing?.outcome, hearing?.outcomeOn]).toEqual(['SUCCEEDED', warrant.takenOn]);
      }
      for (const term of steps.filter((action) => action.kind === 'DEFAULT_TERM_SERVED')) {
        const warrant = steps.find((action) => action.kind === 'DEFAULT_WARRANT');
        expect([warrant?.outcome, warrant?.outcomeOn]).toEqual(['SUCCEEDED', term.takenOn]);
      }
    }
  });

  it('puts a successful sale or receivership no later than money from it', () => {
    const kindOf = {
      REALISED_ASSET: 'ASSET_REALISATION',
      RECEIVERSHIP: 'RECEIVERSHIP',
      VOLUNTARY: null,
    } as const;
    for (const payment of payments) {
      if (kindOf[payment.source] === null) continue;
      const steps = actionsOf.get(payment.accountNumber) ?? [];
      const action = steps.find(
        (step) => step.kind === kindOf[payment.source] && step.outcome === 'SUCCEEDED',
      );
      expect((action?.takenOn ?? '9999') <= payment.paidOn).toBe(true);
    }
  });

  it('takes larger orders further, as the lower enforcement rates of large orders imply, and leaves a backlog', () => {
    const reachedCommittal = (accountNumber: string) =>
      (actionsOf.get(accountNumber) ?? []).some(
        (action) => action.kind === 'DEFAULT_WARRANT' || action.kind === 'RECEIVERSHIP',
      );
    const share = (selected: typeof orders) =>
      selected.filter((order) => reachedCommittal(order.accountNumber)).length / selected.length;
    const small = orders.filter((order) => order.amountOrderedPence <= 1_000_000);
    const large = orders.filter((order) => order.amountOrderedPence > 1_000_000);
    console.log(
      `Seeded enforcement at scale 0.01: ${actions.length} actions on ${orders.length} orders; a warrant or ` +
        `receiver for ${(share(small) * 100).toFixed(0)}% of orders up to £10,000 and ` +
        `${(share(large) * 100).toFixed(0)}% above`,
    );
    expect(share(large)).toBeGreaterThan(share(small));
    // Orders up to £10,000 are mostly paid in time or on the reminder (96% collected up to £1,000).
    expect(share(small)).toBeLessThan(0.12);
    const overdue = actions.filter(
      (action) => action.outcome === 'PENDING' && (action.dueOn ?? AS_OF) < AS_OF,
    );
    expect(overdue.length).toBeGreaterThan(0);
  });
});
