import { h } from '../dom';
import { formatDate, humanize } from '../format';
import type { Offender } from '../journeyQuery';
import { facts } from './section';

/** Whom the page is about, by the best name any system that answered gives, and which system gave it. */
function nameOf(offender: Offender): { name: string; dateOfBirth: string | null; source: string | null } {
  if (offender.custody) {
    const { firstName, lastName, dateOfBirth } = offender.custody;
    return { name: `${firstName} ${lastName}`, dateOfBirth, source: 'as P-Nomis records them' };
  }
  const defendant = offender.magistratesCases?.[0]?.defendant;
  if (defendant) {
    return {
      name: `${defendant.firstName} ${defendant.lastName}`,
      dateOfBirth: defendant.dateOfBirth,
      source: "as the magistrates' court recorded them",
    };
  }
  return { name: 'Name not available', dateOfBirth: null, source: null };
}

/** The person's name and identifiers; its heading takes focus after a search, for keyboard and screen-reader users. */
export function personHeader(offender: Offender): HTMLElement {
  const { name, dateOfBirth, source } = nameOf(offender);
  return h(
    'section',
    { class: 'person', 'aria-labelledby': 'person-name' },
    h('h2', { id: 'person-name', tabindex: -1 }, name),
    source && h('p', { class: 'muted' }, `Name and date of birth ${source}.`),
    facts([
      ['PNC ID', offender.pncId ?? 'None recorded'],
      ['Prison number', offender.prisonNumber ?? 'None recorded'],
      ['Date of birth', dateOfBirth && formatDate(dateOfBirth)],
      ['Custody', offender.custody && humanize(offender.custody.status)],
    ]),
  );
}
