import { h } from '../dom';
import { formatDate } from '../format';
import type { NameMatch, RecordedParticulars } from '../nameSearch';

/** The person's latest court record: whose particulars the list shows, and the court that holds it. */
function latestRecord(
  match: NameMatch,
): { defendant: RecordedParticulars; court: string; on: string } | null {
  const records = [
    ...(match.magistratesCases ?? []).map((row) => ({
      defendant: row.defendant,
      court: row.court.name,
      on: row.chargedOn,
    })),
    ...(match.crownCourtCases ?? []).map((row) => ({
      defendant: row.defendant,
      court: row.court.name,
      on: row.receivedOn,
    })),
  ];
  return records.sort((a, b) => b.on.localeCompare(a.on))[0] ?? null;
}

function matchButton(
  match: NameMatch,
  onChoose: (pncId: string) => void,
  partial: boolean,
): HTMLButtonElement {
  const record = latestRecord(match);
  const name = record ? `${record.defendant.firstName} ${record.defendant.lastName}` : match.pncId;
  const facts = [
    record && `born ${formatDate(record.defendant.dateOfBirth)}`,
    `PNC ID ${match.pncId}`,
    match.prisonNumber
      ? `prison number ${match.prisonNumber}`
      : partial
        ? 'prison number not available'
        : 'no prison number',
    record && `latest case at ${record.court}, ${formatDate(record.on)}`,
  ].filter((fact): fact is string => typeof fact === 'string');
  return h(
    'button',
    { type: 'button', class: 'match', 'data-pnc-id': match.pncId, onclick: () => onChoose(match.pncId) },
    h('span', { class: 'match-name' }, name),
    h('span', { class: 'match-facts' }, facts.join(' · ')),
  );
}

/** Up and Down (and Home and End) move between the people listed, as in any list of choices. */
function moveFocusWithArrows(list: HTMLUListElement): void {
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.match')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = {
      ArrowDown: Math.min(current + 1, buttons.length - 1),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined || current === -1) return;
    event.preventDefault();
    buttons[next]?.focus();
  });
}

/**
 * The people a search by name and date of birth matched, to choose one: each by the name and date of birth
 * their latest court record gives, their identifiers and that court; and which systems did not answer, if any.
 * Its heading takes focus when shown.
 */
export function matchList(
  matches: readonly NameMatch[],
  unavailable: readonly string[],
  onChoose: (pncId: string) => void,
): HTMLElement {
  const partial = unavailable.length > 0;
  const list = h(
    'ul',
    { class: 'matches', 'aria-labelledby': 'matches-heading' },
    matches.map((match) => h('li', {}, matchButton(match, onChoose, partial))),
  );
  moveFocusWithArrows(list);
  return h(
    'section',
    { class: 'match-list', 'aria-labelledby': 'matches-heading' },
    h('h2', { id: 'matches-heading', tabindex: -1 }, `${matches.length} people match: choose one`),
    h(
      'p',
      { class: 'muted' },
      'Courts record names as given at the time; check the date of birth and the case.',
    ),
    partial &&
      h(
        'p',
        { class: 'notice notice-unavailable', id: 'matches-partial' },
        `${unavailable.join('. ')}: what it holds is missing below.`,
      ),
    list,
  );
}
