import { h } from '../dom';
import { formatDate } from '../format';
import type { Lookup } from '../identifier';
import type { CustodySummary, NameMatch, RecordedParticulars } from '../nameSearch';
import type { NameSearchSource } from '../nameSearchSource';

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

/** The name and the facts that tell a person apart, from their latest court record. */
function fromCourts(match: NameMatch, partial: boolean): { name: string; facts: (string | null)[] } {
  const record = latestRecord(match);
  return {
    name: record ? `${record.defendant.firstName} ${record.defendant.lastName}` : (match.pncId ?? ''),
    facts: [
      record && `born ${formatDate(record.defendant.dateOfBirth)}`,
      match.pncId && `PNC ID ${match.pncId}`,
      match.prisonNumber
        ? `prison number ${match.prisonNumber}`
        : partial
          ? 'prison number not available'
          : 'no prison number',
      record && `latest case at ${record.court}, ${formatDate(record.on)}`,
    ],
  };
}

/** Where a person is held, or was last held, as their custody record says. */
function whereHeld(custody: CustodySummary): string | null {
  if (custody.currentPrison) {
    return `held at ${custody.currentPrison.name}${custody.status === 'REMAND' ? ' on remand' : ''}`;
  }
  const [last] = custody.bookings;
  if (!last) return null;
  return `released from ${last.prison.name}${last.endedOn ? `, ${formatDate(last.endedOn)}` : ''}`;
}

/** The name and the facts that tell a person apart, from their P-Nomis record. */
function fromCustody(match: NameMatch, custody: CustodySummary): { name: string; facts: (string | null)[] } {
  return {
    name: `${custody.firstName} ${custody.lastName}`,
    facts: [
      `born ${formatDate(custody.dateOfBirth)}`,
      match.prisonNumber && `prison number ${match.prisonNumber}`,
      match.pncId ? `PNC ID ${match.pncId}` : 'no PNC ID',
      whereHeld(custody),
    ],
  };
}

function matchButton(match: NameMatch, onChoose: () => void, partial: boolean): HTMLButtonElement {
  const { name, facts } = match.custody ? fromCustody(match, match.custody) : fromCourts(match, partial);
  return h(
    'button',
    {
      type: 'button',
      class: 'match',
      'data-pnc-id': match.pncId,
      'data-prison-number': match.prisonNumber,
      onclick: onChoose,
    },
    h('span', { class: 'match-name' }, name || (match.prisonNumber ?? '')),
    h('span', { class: 'match-facts' }, facts.filter((fact): fact is string => Boolean(fact)).join(' · ')),
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
 * their latest court record gives (or their P-Nomis record, when P-Nomis was searched), their identifiers and
 * that court (or where they are held); and which systems did not answer, if any. Its heading takes focus when
 * shown.
 */
export function matchList(
  matches: readonly NameMatch[],
  unavailable: readonly string[],
  source: NameSearchSource,
  onChoose: (lookup: Lookup) => void,
): HTMLElement {
  const partial = unavailable.length > 0;
  const list = h(
    'ul',
    { class: 'matches', 'aria-labelledby': 'matches-heading' },
    matches.map((match) =>
      h(
        'li',
        {},
        matchButton(match, () => onChoose(source.lookupOf(match)), partial),
      ),
    ),
  );
  moveFocusWithArrows(list);
  return h(
    'section',
    { class: 'match-list', 'aria-labelledby': 'matches-heading' },
    h('h2', { id: 'matches-heading', tabindex: -1 }, `${matches.length} people match: choose one`),
    h('p', { class: 'muted' }, source.namesNote),
    partial &&
      h(
        'p',
        { class: 'notice notice-unavailable', id: 'matches-partial' },
        `${unavailable.join('. ')}: what it holds is missing below.`,
      ),
    list,
  );
}
