import { h } from '../dom';
import { formatDayAndDate, humanize } from '../format';
import type { Visit } from '../journeyQuery';
import type { SectionStatus } from '../sectionStatus';
import { section } from './section';

function visitItem(visit: Visit): HTMLLIElement {
  return h(
    'li',
    { 'data-reference': visit.reference },
    h('strong', {}, `${formatDayAndDate(visit.date)}, ${visit.startTime}–${visit.endTime}`),
    ` at ${visit.prison.name}, ${visit.restriction.toLowerCase()} visit. `,
    h('span', { class: 'tag' }, humanize(visit.status)),
    h('span', { class: 'muted' }, ` Ref. ${visit.reference}`),
  );
}

function visitsBody(visits: readonly Visit[], today: string, booking: HTMLElement | null) {
  const live = (visit: Visit) => visit.status === 'BOOKED' || visit.status === 'RESERVED';
  const upcoming = visits
    .filter((visit) => visit.date >= today && live(visit))
    .sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  const earlier = visits.filter((visit) => visit.date < today).length;
  return [
    upcoming.length === 0
      ? h('p', {}, 'No upcoming visits.')
      : h('ul', { class: 'plain visits' }, upcoming.map(visitItem)),
    earlier > 0 && h('p', { class: 'muted' }, `${earlier} earlier ${earlier === 1 ? 'visit' : 'visits'}.`),
    booking,
  ];
}

/** Upcoming social visits and, for a token that may book, a form to book one. */
export function visitsSection(
  visits: readonly Visit[] | null,
  status: SectionStatus,
  today: string,
  booking: HTMLElement | null,
): HTMLElement | null {
  return section({
    id: 'visits',
    title: 'Upcoming visits',
    status,
    body: () => visitsBody(visits ?? [], today, booking),
  });
}
