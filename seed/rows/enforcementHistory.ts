import type { Faker } from '@faker-js/faker';
import { addMonths, type Day, formatDay, parseDay } from '../calendar';
import { chance, intBetween } from '../random';
import type { ConfiscationRows } from './rowTypes';

type ActionRow = NonNullable<ConfiscationRows['enforcementAction']>[number];
type PaymentRow = NonNullable<ConfiscationRows['payment']>[number];

/** The order as the enforcement office works it: what it is owed, by when, and the term in default. */
export interface EnforcedOrder {
  accountNumber: string;
  orderedOn: string;
  timeToPayEnds: string;
  amountOrderedPence: number;
  defaultSentenceMonths: number;
}

/** Days a reminder gives the defendant to pay; days a warrant of commitment has to be executed. */
const REMINDER_DAYS = 14;
const WARRANT_DAYS = 28;

/** The first day by which everything owed was paid, or null. */
function paidInFullOn(order: EnforcedOrder, payments: readonly PaymentRow[]): Day | null {
  let paid = 0;
  for (const payment of payments) {
    paid += payment.amountPence;
    if (paid >= order.amountOrderedPence) return parseDay(payment.paidOn);
  }
  return null;
}

/**
 * The result of a pending step on its due day: a share of steps whose day has passed still have no result
 * recorded (the backlog the overdue list is for); the others turn out as `result` says.
 */
function settled(
  faker: Faker,
  dueOn: Day,
  asOf: Day,
  result: () => 'SUCCEEDED' | 'FAILED',
): Pick<ActionRow, 'outcome' | 'outcomeOn'> {
  if (dueOn >= asOf || chance(faker, 0.12)) return { outcome: 'PENDING', outcomeOn: null };
  return { outcome: result(), outcomeOn: formatDay(dueOn) };
}

/**
 * The sales and receiverships behind payments that did not come from the defendant: each such source is
 * preceded by a successful action of its kind, taken one to three months before the first such payment and
 * settled on it.
 */
function assetActions(faker: Faker, order: EnforcedOrder, payments: readonly PaymentRow[]): ActionRow[] {
  const kinds = [
    ['REALISED_ASSET', 'ASSET_REALISATION'],
    ['RECEIVERSHIP', 'RECEIVERSHIP'],
  ] as const;
  return kinds.flatMap(([source, kind]) => {
    const first = payments.find((payment) => payment.source === source);
    if (!first) return [];
    const paidOn = parseDay(first.paidOn);
    const takenOn = Math.max(parseDay(order.orderedOn) + 1, paidOn - intBetween(faker, 30, 90));
    return [
      action(order, kind, takenOn, paidOn, {
        outcome: 'SUCCEEDED',
        outcomeOn: formatDay(paidOn),
      }),
    ];
  });
}

function action(
  order: EnforcedOrder,
  kind: ActionRow['kind'],
  takenOn: Day,
  dueOn: Day,
  result: Pick<ActionRow, 'outcome' | 'outcomeOn'>,
): ActionRow {
  return {
    accountNumber: order.accountNumber,
    kind,
    takenOn: formatDay(takenOn),
    dueOn: formatDay(dueOn),
    newAmountPence: null,
    notes: null,
    idempotencyKey: null,
    recordedAt: `${formatDay(takenOn)}T17:00:00.000Z`,
    ...result,
  };
}

/**
 * The enforcement of an order left unpaid when its time to pay ran out, as magistrates' courts enforce
 * confiscation orders: a payment reminder; an enforcement hearing; at a held hearing with money still owed, a
 * receivership sought on large orders, else a warrant of commitment; a warrant executed and the default term
 * served (halfway, when the defendant is released; serving it does not cancel the debt). A step the defendant
 * answers by paying in full succeeds (a warrant is then withdrawn). The steps an order gets therefore follow its
 * payments, which the seed draws to the enforcement rates by size: small orders are mostly paid on a reminder,
 * the largest go on to warrants and receivers.
 */
export function enforcementHistory(
  faker: Faker,
  order: EnforcedOrder,
  payments: readonly PaymentRow[],
  asOf: Day,
): ActionRow[] {
  const actions = assetActions(faker, order, payments);
  const timeToPayEnds = parseDay(order.timeToPayEnds);
  const paidOn = paidInFullOn(order, payments);
  const reminderOn = timeToPayEnds + intBetween(faker, 7, 21);
  const paidBy = (day: Day) => paidOn !== null && paidOn <= day;
  if (paidBy(reminderOn) || reminderOn >= asOf) return sorted(actions);

  const reminderDue = reminderOn + REMINDER_DAYS;
  actions.push(
    action(order, 'PAYMENT_REMINDER', reminderOn, reminderDue, {
      ...(paidBy(reminderDue)
        ? { outcome: 'SUCCEEDED', outcomeOn: formatDay(paidOn ?? reminderDue) }
        : settled(faker, reminderDue, asOf, () => 'FAILED')),
    }),
  );
  const listedOn = reminderDue + intBetween(faker, 7, 28);
  if (paidBy(reminderDue) || listedOn >= asOf) return sorted(actions);

  const hearingOn = listedOn + intBetween(faker, 28, 56);
  const hearing = settled(faker, hearingOn, asOf, () => (chance(faker, 0.85) ? 'SUCCEEDED' : 'FAILED'));
  actions.push(action(order, 'ENFORCEMENT_HEARING', listedOn, hearingOn, hearing));
  if (hearing.outcome !== 'SUCCEEDED' || paidBy(hearingOn)) return sorted(actions);

  const receiverAppointed = actions.some((taken) => taken.kind === 'RECEIVERSHIP');
  if (order.amountOrderedPence > 10_000_000 && !receiverAppointed && chance(faker, 0.5)) {
    const decidedOn = hearingOn + intBetween(faker, 28, 84);
    actions.push(
      action(
        order,
        'RECEIVERSHIP',
        hearingOn,
        decidedOn,
        settled(faker, decidedOn, asOf, () => (chance(faker, 0.6) ? 'SUCCEEDED' : 'FAILED')),
      ),
    );
    return sorted(actions);
  }
  const warrantDue = hearingOn + WARRANT_DAYS;
  const warrant: Pick<ActionRow, 'outcome' | 'outcomeOn'> =
    paidOn !== null && paidOn <= Math.min(warrantDue, asOf - 1)
      ? { outcome: 'WITHDRAWN', outcomeOn: formatDay(paidOn) }
      : settled(faker, warrantDue, asOf, () => (chance(faker, 0.8) ? 'SUCCEEDED' : 'FAILED'));
  actions.push(action(order, 'DEFAULT_WARRANT', hearingOn, warrantDue, warrant));
  if (warrant.outcome !== 'SUCCEEDED' || !warrant.outcomeOn) return sorted(actions);

  const committedOn = parseDay(warrant.outcomeOn);
  const releasedOn = addMonths(committedOn, Math.ceil(order.defaultSentenceMonths / 2));
  actions.push(
    action(
      order,
      'DEFAULT_TERM_SERVED',
      committedOn,
      releasedOn,
      releasedOn < asOf
        ? { outcome: 'SUCCEEDED', outcomeOn: formatDay(releasedOn) }
        : { outcome: 'PENDING', outcomeOn: null },
    ),
  );
  return sorted(actions);
}

function sorted(actions: ActionRow[]): ActionRow[] {
  return actions.sort((a, b) => a.takenOn.localeCompare(b.takenOn));
}
