import { h } from '../dom';
import { formatDate, humanize } from '../format';
import type { Custody, Sentence } from '../journeyQuery';
import type { SectionStatus } from '../sectionStatus';
import { facts, section } from './section';

function sentenceLine(sentence: Sentence): HTMLLIElement {
  return h(
    'li',
    {},
    `${sentence.description}: ${sentence.termMonths} months from ${formatDate(sentence.startDate)}; `,
    `conditional release ${formatDate(sentence.conditionalReleaseDate)}, `,
    `expires ${formatDate(sentence.sentenceExpiryDate)}.`,
  );
}

function custodyBody(custody: Custody | null) {
  if (!custody) return h('p', {}, 'P-Nomis has no record of this person: never in prison.');
  const active = custody.bookings.find((booking) => booking.active);
  const sentences = active?.sentences ?? [];
  return [
    h('p', { class: `status-line status-${custody.status.toLowerCase()}` }, humanize(custody.status)),
    facts([
      ['Held at', custody.currentPrison?.name ?? 'Not in prison'],
      ['Release date', custody.releaseDate ? formatDate(custody.releaseDate) : 'Not calculated'],
      [
        'In custody since',
        active &&
          `${formatDate(active.beganOn)} (${active.admissionReason.toLowerCase()}), booking ${active.bookingNumber}`,
      ],
      ['Periods in custody', String(custody.bookings.length)],
    ]),
    sentences.length > 0 && h('h4', {}, 'Sentences'),
    sentences.length > 0 && h('ul', { class: 'plain' }, sentences.map(sentenceLine)),
  ];
}

/** Current custody and release dates, from P-Nomis. */
export function custodySection(custody: Custody | null, status: SectionStatus): HTMLElement | null {
  return section({ id: 'custody', title: 'Custody', status, body: () => custodyBody(custody) });
}
