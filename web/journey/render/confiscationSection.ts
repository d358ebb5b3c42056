import { h } from '../dom';
import { formatDate, formatMoney, formatPence, humanize, toPence } from '../format';
import type { ConfiscationOrder } from '../journeyQuery';
import type { SectionStatus } from '../sectionStatus';
import { section } from './section';

function orderItem(order: ConfiscationOrder): HTMLLIElement {
  return h(
    'li',
    {},
    h('strong', {}, `Order ${order.accountNumber}`),
    ` made ${formatDate(order.orderedOn)}: ${formatMoney(order.amountOrdered)} ordered, `,
    `${formatMoney(order.amountPaid)} paid, balance ${formatMoney(order.balance)}`,
    toPence(order.interestAccrued) > 0 ? ` and ${formatMoney(order.interestAccrued)} interest. ` : '. ',
    h('span', { class: 'tag' }, humanize(order.status)),
  );
}

function confiscationBody(orders: readonly ConfiscationOrder[]) {
  if (orders.length === 0) return h('p', {}, 'No confiscation orders.');
  // Summed in whole pence: Money is an exact decimal and must not pass through floats.
  const sum = (amount: (order: ConfiscationOrder) => string) =>
    orders.reduce((total, order) => total + toPence(amount(order)), 0);
  const interest = sum((order) => order.interestAccrued);
  return [
    h(
      'p',
      { class: 'headline-figure' },
      formatPence(sum((order) => order.balanceWithInterest)),
      h('span', { class: 'muted' }, ' owed, with interest'),
    ),
    h(
      'p',
      { class: 'muted', id: 'confiscation-interest' },
      `${formatPence(sum((order) => order.balance))} before interest; `,
      interest > 0
        ? `${formatPence(interest)} interest accrued since the time to pay ended.`
        : 'no interest has accrued.',
    ),
    h('ul', { class: 'plain' }, orders.map(orderItem)),
  ];
}

/** The confiscation balance and each order behind it. */
export function confiscationSection(
  orders: readonly ConfiscationOrder[] | null,
  status: SectionStatus,
): HTMLElement | null {
  return section({
    id: 'confiscation',
    title: 'Confiscation balance',
    status,
    // Null without an error: a person with no PNC ID, against which alone orders are recorded.
    body: () =>
      orders === null
        ? h(
            'p',
            {},
            'No PNC ID: confiscation orders are recorded against it, so none can be matched to this person.',
          )
        : confiscationBody(orders),
  });
}
