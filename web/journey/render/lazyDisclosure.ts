import { h } from '../dom';

export interface LazyDisclosureOptions {
  className: string;
  summary: string;
  /** Shown while loading. */
  loading: string;
  /** Put before the reason when loading fails, as in "The case file could not be read". */
  failure: string;
  load(): Promise<Node>;
}

/**
 * A disclosure (<details>) whose content is fetched the first time it is opened, and again on the next opening
 * if that failed: the journey itself stays one request, and what a caseworker does not open is never read.
 */
export function lazyDisclosure(options: LazyDisclosureOptions): HTMLDetailsElement {
  const body = h('div', {}, h('p', {}, options.loading));
  const disclosure = h('details', { class: options.className }, h('summary', {}, options.summary), body);
  let requested = false;
  disclosure.addEventListener('toggle', () => {
    if (!disclosure.open || requested) return;
    requested = true;
    options.load().then(
      (content) => body.replaceChildren(content),
      (error: unknown) => {
        requested = false;
        const reason = error instanceof Error ? error.message : String(error);
        body.replaceChildren(h('p', { class: 'notice notice-refused' }, `${options.failure}: ${reason}.`));
      },
    );
  });
  return disclosure;
}
