import { h } from '../dom';
import { formatDayAndDate } from '../format';
import { postGraphQL, type Credentials } from '../graphqlClient';
import {
  BOOK_VISIT_MUTATION,
  type AvailableSession,
  type BookVisitData,
  type BookVisitInput,
} from './bookingQueries';
import { newIdempotencyKey } from './idempotencyKey';

/** A visit as booking returns it. */
export type BookedVisit = NonNullable<BookVisitData['bookVisit']>;

export interface BookingFormOptions {
  prisonNumber: string;
  credentials: Credentials;
  /** Today in London: sessions are offered from today for four weeks (the gateway allows 31 days at most). */
  today: string;
  onBooked(visit: BookedVisit): void;
}

function field(id: string, label: string, input: HTMLInputElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function textInput(id: string, autocomplete: string): HTMLInputElement {
  return h('input', { id, name: id, type: 'text', required: true, autocomplete });
}

function sessionLabel(session: AvailableSession): string {
  const places = `${session.openAvailable} open, ${session.closedAvailable} closed places`;
  return `${formatDayAndDate(session.date)}, ${session.startTime}–${session.endTime} (${places})`;
}

/** The booking form itself: a session, open or closed, and the lead visitor. */
export function visitForm(
  options: BookingFormOptions,
  prison: { code: string; name: string },
  sessions: AvailableSession[],
) {
  const session = h(
    'select',
    { id: 'booking-session', name: 'session', required: true },
    sessions.map((candidate) =>
      h('option', { value: `${candidate.date}|${candidate.startTime}` }, sessionLabel(candidate)),
    ),
  );
  const closed = h('input', { type: 'radio', name: 'restriction', id: 'booking-closed', value: 'CLOSED' });
  const inputs = {
    firstName: textInput('visitor-first-name', 'off'),
    lastName: textInput('visitor-last-name', 'off'),
    dateOfBirth: h('input', {
      id: 'visitor-date-of-birth',
      type: 'date',
      required: true,
      max: options.today,
    }),
    relationship: textInput('visitor-relationship', 'off'),
  };
  const submit = h('button', { type: 'submit' }, 'Book visit');
  const result = h('p', { class: 'booking-result', role: 'status' });
  const form = h(
    'form',
    { class: 'booking-form', method: 'post' },
    h('p', {}, `Sessions at ${prison.name}, where P-Nomis says the prisoner is held now.`),
    h('div', { class: 'field' }, h('label', { for: 'booking-session' }, 'Session'), session),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Visit type'),
      h(
        'label',
        {},
        h('input', { type: 'radio', name: 'restriction', value: 'OPEN', checked: true }),
        ' Open',
      ),
      h('label', {}, closed, ' Closed (behind a screen)'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Lead visitor (18 or over)'),
      h(
        'p',
        { class: 'hint' },
        'One of the prisoner’s contacts approved to visit, named as P-Nomis records them; a contact banned on the day cannot come.',
      ),
      field('visitor-first-name', 'First name', inputs.firstName),
      field('visitor-last-name', 'Family name', inputs.lastName),
      field('visitor-date-of-birth', 'Date of birth', inputs.dateOfBirth),
      field('visitor-relationship', 'Relationship to the prisoner', inputs.relationship),
    ),
    submit,
    result,
  );
  // One key per booking attempt: resent unchanged only when the gateway never answered, so a retry books once.
  let idempotencyKey = newIdempotencyKey();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [date = '', startTime = ''] = session.value.split('|');
    const input: BookVisitInput = {
      prisonNumber: options.prisonNumber,
      prisonCode: prison.code,
      date,
      startTime,
      restriction: closed.checked ? 'CLOSED' : 'OPEN',
      visitors: [
        {
          firstName: inputs.firstName.value.trim(),
          lastName: inputs.lastName.value.trim(),
          dateOfBirth: inputs.dateOfBirth.value,
          relationship: inputs.relationship.value.trim(),
          lead: true,
        },
      ],
      idempotencyKey,
    };
    submit.disabled = true;
    result.textContent = 'Booking…';
    postGraphQL(BOOK_VISIT_MUTATION, { input }, options.credentials)
      .then((response) => {
        idempotencyKey = newIdempotencyKey();
        const visit = response.data?.bookVisit;
        if (visit) options.onBooked(visit);
        else
          result.textContent = `Not booked: ${response.errors?.[0]?.message ?? 'the gateway gave no reason'}.`;
      })
      .catch(() => {
        result.textContent =
          'Not booked: the gateway could not be reached. Try again; it will not book twice.';
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}
