import { h } from '../dom';
import type { GraphQLErrorBody } from '../graphqlClient';
import { formatDateTime, humanize, SUBGRAPH_LABELS, SYSTEM_LABELS } from '../format';
import type { JourneyEvent, Offender } from '../journeyQuery';
import { fieldStatus, type SectionStatus, type Subgraph } from '../sectionStatus';
import { mergeEvents } from '../timeline';
import { section } from './section';

/** Each system's own event list, the subgraph that contributes it, and how the page names the list. */
const EVENT_LISTS: readonly { field: keyof Offender; subgraph: Subgraph; label: string }[] = [
  { field: 'courtEvents', subgraph: 'courts', label: SUBGRAPH_LABELS.courts },
  { field: 'custodyEvents', subgraph: 'pnomis', label: SUBGRAPH_LABELS.pnomis },
  { field: 'educationEvents', subgraph: 'pnomis', label: 'Education (P-Nomis)' },
  { field: 'visitEvents', subgraph: 'visits', label: SUBGRAPH_LABELS.visits },
  { field: 'confiscationEvents', subgraph: 'confiscation', label: SUBGRAPH_LABELS.confiscation },
];

interface TimelineSource {
  events: JourneyEvent[];
  /** Said under the heading when the page merged the lists itself. */
  note: string | null;
  status: SectionStatus;
}

/**
 * The gateway's merged timeline when it came back. When it is null (a system down, or a scope the merge needs
 * is missing), the per-system lists that did come back, merged here, with a note of what is left out.
 */
function timelineSource(offender: Offender, errors: readonly GraphQLErrorBody[]): TimelineSource {
  if (offender.timeline) return { events: offender.timeline, note: null, status: { kind: 'shown' } };
  const lists = EVENT_LISTS.map((list) => ({
    ...list,
    events: offender[list.field] as JourneyEvent[] | null,
    status: fieldStatus(offender, errors, list.field, list.subgraph),
  }));
  const answered = lists.filter((list) => list.events !== null);
  if (answered.length === 0) {
    const down = lists.find((list) => list.status.kind === 'unavailable');
    return { events: [], note: null, status: down?.status ?? { kind: 'denied' } };
  }
  const missing = lists
    .filter((list) => list.events === null)
    .map((list) =>
      list.status.kind === 'unavailable' || list.status.kind === 'refused'
        ? list.status.message
        : `${list.label}: not in your access`,
    );
  const from = answered.map((list) => list.label).join(', ');
  return {
    events: mergeEvents(answered.map((list) => list.events ?? [])),
    note: `Merged on this page from ${from}.${missing.length > 0 ? ` Not included: ${[...new Set(missing)].join('; ')}.` : ''}`,
    status: { kind: 'shown' },
  };
}

function eventItem(event: JourneyEvent): HTMLLIElement {
  return h(
    'li',
    { class: 'event', 'data-system': event.system },
    h('time', { datetime: event.occurredAt }, formatDateTime(event.occurredAt)),
    h('span', { class: `system system-${event.system.toLowerCase()}` }, SYSTEM_LABELS[event.system]),
    h('span', { class: 'summary' }, event.summary),
    h('span', { class: 'reference muted' }, `${humanize(event.kind)} · ${event.reference}`),
  );
}

/** The journey across every system, oldest first, each event marked with the system that recorded it. */
export function timelineSection(offender: Offender, errors: readonly GraphQLErrorBody[]): HTMLElement | null {
  const source = timelineSource(offender, errors);
  return section({
    id: 'timeline',
    title: 'Timeline',
    status: source.status,
    wide: true,
    body: () => [
      source.note && h('p', { class: 'notice notice-partial' }, source.note),
      source.events.length === 0
        ? h('p', {}, 'No events recorded.')
        : h('ol', { class: 'timeline' }, source.events.map(eventItem)),
    ],
  });
}
