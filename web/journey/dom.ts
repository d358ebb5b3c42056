/** What an element may contain: nodes and text; empty values are skipped so callers can write `cond && node`. */
export type Child = Node | string | number | null | undefined | false;

type AttributeValue = string | number | boolean | null | undefined;
type Attributes = Record<string, AttributeValue | ((event: Event) => void)>;

/**
 * Creates an element. Text always goes in as text nodes, never as HTML, so personal data from the gateway cannot
 * become markup. Attributes named on<event> with a function value become listeners; `false`, null and undefined
 * leave an attribute out. (No `style` attributes: the page's Content-Security-Policy forbids inline styles.)
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** Finds an element the page's HTML must contain, failing loudly when the HTML and the script disagree. */
export function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page has no ${type.name} #${id}`);
  return element;
}
