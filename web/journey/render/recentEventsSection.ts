import { h } from '../dom';
import { formatDateTime, humanize } from '../format';
import { postGraphQL, type Credentials } from '../graphqlClient';
import type { Offender } from '../journeyQuery';
import { RECENT_EVENTS_QUERY, type RecentEvent } from '../recentEvents';

function eventItem(event: RecentEvent): HTMLElement {
  return h(
    'li',
    { 'data-event-type': event.type },
    h('time', { datetime: event.time }, formatDateTime(event.time)),
    ' ',
    h('strong', {}, humanize(event.type)),
    ` — ${event.subject.replace('/', ' ')}${event.establishmentCode ? ` at ${event.establishmentCode}` : ''}`,
  );
}

/**
 * "Recent events": what the systems announced about the person lately, newest first, as agencies subscribed to
 * them were told. Drawn as a placeholder and filled in when the feed answers, so the journey never waits on it;
 * left out for a token that may not read the feed (no events:subscribe).
 */
export function recentEventsSection(
  offender: Offender,
  credentials: Credentials,
  allowed: boolean,
): HTMLElement | null {
  if (!allowed) return null;
  const body = h('p', { class: 'muted' }, 'Asking for recent events…');
  const card = h(
    'section',
    {
      class: 'card card-wide',
      id: 'recent-events',
      'aria-labelledby': 'recent-events-heading',
      'aria-live': 'polite',
    },
    h('h3', { id: 'recent-events-heading' }, 'Recent events'),
    body,
  );
  const variables = { pncId: offender.pncId ?? undefined, prisonNumber: offender.prisonNumber ?? undefined };
  postGraphQL(RECENT_EVENTS_QUERY, variables, credentials)
    .then((response) => {
      const events = response.data?.recentEvents;
      if (!events) {
        body.replaceWith(h('p', { class: 'notice notice-unavailable' }, 'Recent events could not be read.'));
        return;
      }
      body.replaceWith(
        events.length === 0
          ? h('p', { class: 'muted' }, 'No events announced about this person yet.')
          : h('ol', { class: 'recent-events' }, events.map(eventItem)),
      );
    })
    .catch(() =>
      body.replaceWith(h('p', { class: 'notice notice-unavailable' }, 'Recent events could not be read.')),
    );
  return card;
}
