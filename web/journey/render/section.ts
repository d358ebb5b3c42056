import { h, type Child } from '../dom';
import type { SectionStatus } from '../sectionStatus';

/** One part of the journey page, as a card with a heading. */
export interface SectionOptions {
  id: string;
  title: string;
  status: SectionStatus;
  body: () => Child | Child[];
  wide?: boolean;
}

/**
 * Frames a part of the journey. A part the token does not allow is left out entirely (null), so the page never
 * shows an empty or broken box for it; a part whose system did not answer keeps its place and says so.
 */
export function section({ id, title, status, body, wide = false }: SectionOptions): HTMLElement | null {
  if (status.kind === 'denied') return null;
  const headingId = `${id}-heading`;
  return h(
    'section',
    { class: wide ? 'card card-wide' : 'card', id, 'aria-labelledby': headingId, 'data-status': status.kind },
    h('h3', { id: headingId }, title),
    status.kind === 'shown' ? body() : h('p', { class: `notice notice-${status.kind}` }, status.message),
  );
}

/** A definition list from label and value pairs, leaving out pairs without a value. */
export function facts(pairs: readonly (readonly [string, Child])[]): HTMLDListElement {
  return h(
    'dl',
    { class: 'facts' },
    pairs
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
  );
}
