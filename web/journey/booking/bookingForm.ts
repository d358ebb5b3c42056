import { addDays } from '../../shared/londonDate';
import { h } from '../dom';
import { postGraphQL } from '../graphqlClient';
import { lazyDisclosure } from '../render/lazyDisclosure';
import { AVAILABILITY_QUERY } from './bookingQueries';
import { visitForm, type BookingFormOptions } from './visitForm';

export type { BookedVisit, BookingFormOptions } from './visitForm';

async function availableSessions(options: BookingFormOptions): Promise<Node> {
  const variables = {
    prisonNumber: options.prisonNumber,
    from: options.today,
    to: addDays(options.today, 27),
  };
  const response = await postGraphQL(AVAILABILITY_QUERY, variables, options.credentials);
  const availability = response.data?.visitAvailability;
  if (!availability) throw new Error(response.errors?.[0]?.message ?? 'no sessions were found');
  const sessions = availability.sessions.filter((session) => session.bookable);
  if (sessions.length === 0) {
    return h('p', {}, `No session at ${availability.prison.name} can be booked in the next four weeks.`);
  }
  return visitForm(options, availability.prison, sessions);
}

/**
 * A form to book a visit, folded until opened: opening it asks the visits system which sessions the prisoner
 * can be visited in over the next four weeks, at the prison holding them now.
 */
export function bookingForm(options: BookingFormOptions): HTMLDetailsElement {
  return lazyDisclosure({
    className: 'booking',
    summary: 'Book a visit',
    loading: 'Finding sessions…',
    failure: 'Visits cannot be booked',
    load: () => availableSessions(options),
  });
}
