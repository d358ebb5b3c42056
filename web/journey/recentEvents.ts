import { graphql } from './generated';
import type { PersonRecentEventsQuery } from './generated/graphql';

/** An event announced about the person, as the page lists it. */
export type RecentEvent = PersonRecentEventsQuery['recentEvents'][number];

/**
 * The latest events the systems announced about the person (the notifications subgraph's feed), asked for after
 * the journey is drawn: the records they name, which the rest of the page already shows in full.
 */
export const RECENT_EVENTS_QUERY = graphql(`
  query PersonRecentEvents($pncId: String, $prisonNumber: String) {
    recentEvents(pncId: $pncId, prisonNumber: $prisonNumber, last: 10) {
      id
      type
      time
      source
      subject
      establishmentCode
    }
  }
`);
