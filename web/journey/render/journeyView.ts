import { bookingForm, type BookedVisit } from '../booking/bookingForm';
import { h } from '../dom';
import type { Credentials, GraphQLErrorBody } from '../graphqlClient';
import type { Offender } from '../journeyQuery';
import { sectionStatus, type SectionStatus } from '../sectionStatus';
import { confiscationSection } from './confiscationSection';
import { courtsSection } from './courtsSection';
import { custodySection } from './custodySection';
import { educationSection } from './educationSection';
import { personHeader } from './personHeader';
import { recentEventsSection } from './recentEventsSection';
import { timelineSection } from './timelineSection';
import { visitsSection } from './visitsSection';

export interface JourneyContext {
  credentials: Credentials;
  today: string;
  /** Whether the token claims visits:book, so that the booking form is worth offering. */
  canBook: boolean;
  /** Whether the token claims events:subscribe, so that the person's recent events can be read. */
  canReadEvents: boolean;
  onBooked(visit: BookedVisit): void;
}

const UNAVAILABLE = new Set(['SUBGRAPH_UNAVAILABLE', 'STORE_UNAVAILABLE']);

/** The systems that did not answer, once each, as the gateway words it ("Visits system unavailable (...)"). */
function unavailableSystems(errors: readonly GraphQLErrorBody[]): string[] {
  const messages = errors
    .filter((error) => UNAVAILABLE.has(error.extensions?.code ?? ''))
    .map((error) => error.message);
  return [...new Set(messages)];
}

/** The whole page for one person: who they are, custody, visits, confiscation, education, the timeline and court cases. */
export function journeyView(
  offender: Offender,
  errors: readonly GraphQLErrorBody[],
  context: JourneyContext,
): HTMLElement[] {
  const custody = sectionStatus(offender, errors, ['custody'], 'pnomis');
  const visits = sectionStatus(offender, errors, ['visits'], 'visits');
  const confiscation = sectionStatus(offender, errors, ['confiscationOrders'], 'confiscation');
  const courts = sectionStatus(offender, errors, ['magistratesCases', 'crownCourtCases'], 'courts');
  const education = sectionStatus(offender, errors, ['learning'], 'pnomis');
  const prisonNumber = offender.prisonNumber;
  const booking =
    context.canBook && prisonNumber !== null && visits.kind === 'shown'
      ? bookingForm({ ...context, prisonNumber })
      : null;
  const down = unavailableSystems(errors);
  const titled: [string, SectionStatus][] = [
    ['Custody', custody],
    ['Visits', visits],
    ['Confiscation', confiscation],
    ['Court cases', courts],
    ['Education and skills', education],
  ];
  const denied = titled.filter(([, status]) => status.kind === 'denied').map(([title]) => title);
  const parts: (HTMLElement | null)[] = [
    personHeader(offender),
    down.length > 0
      ? h(
          'div',
          { class: 'notice notice-unavailable', id: 'partial-results' },
          h('strong', {}, 'Partial results. '),
          `${down.join('. ')}. The rest of the page is complete.`,
        )
      : null,
    h(
      'div',
      { class: 'cards' },
      custodySection(offender.custody, custody),
      visitsSection(offender.visits, visits, context.today, booking),
      confiscationSection(offender.confiscationOrders, confiscation),
    ),
    educationSection(offender.learning, education),
    recentEventsSection(offender, context.credentials, context.canReadEvents),
    h(
      'div',
      { class: 'details' },
      timelineSection(offender, errors),
      courtsSection(offender.magistratesCases, offender.crownCourtCases, courts, context.credentials),
    ),
    denied.length > 0
      ? h(
          'p',
          { class: 'muted access-note' },
          `Not shown, as your access does not include them: ${denied.join(', ')}.`,
        )
      : null,
  ];
  return parts.filter((part): part is HTMLElement => part !== null);
}
