import type { Page } from 'playwright-core';

/** One event of the timeline as the page shows it. */
export interface ShownEvent {
  occurredAt: string;
  system: string;
}

/**
 * Fills in the token and, once the page has listed the token's agency's purposes, chooses the first of them, with
 * `detail` in the caller's words.
 */
export async function choosePurpose(page: Page, token: string, detail: string): Promise<void> {
  // The page asks the gateway for the new token's purposes: wait for that answer, not an earlier token's list.
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/access/purposes'),
    page.fill('#token', token),
  ]);
  await page.locator('#purpose option[value]:not([value=""])').first().waitFor({ state: 'attached' });
  const first = await page.locator('#purpose option[value]:not([value=""])').first().getAttribute('value');
  await page.selectOption('#purpose', first ?? '');
  await page.fill('#purpose-detail', detail);
}

/** Fills in the token, the purpose and the identifier, searches, and waits for the person or a message. */
export async function search(page: Page, token: string, identifier: string): Promise<void> {
  await choosePurpose(page, token, 'Browser test of the journey page');
  await page.fill('#identifier', identifier);
  await page.click('#search-form button[type=submit]');
  await page.locator('#person-name, .status-error').first().waitFor();
}

/** What a caseworker types to search by name and date of birth. */
export interface NameSearchInput {
  lastName: string;
  firstName?: string;
  /** YYYY-MM-DD, as a date input takes it. */
  dateOfBirth: string;
}

/**
 * Fills in the token, the purpose and the name search, searches, and waits for the person, the list of people
 * matched, or a message.
 */
export async function searchByName(page: Page, token: string, input: NameSearchInput): Promise<void> {
  // After a search the access fields are folded away; a person opens them again to change the token.
  if (!(await page.locator('#token').isVisible())) await page.click('#access summary');
  await choosePurpose(page, token, 'Browser test of the search by name');
  await page.fill('#last-name', input.lastName);
  await page.fill('#first-name', input.firstName ?? '');
  await page.fill('#date-of-birth', input.dateOfBirth);
  await page.click('#name-search-form button[type=submit]');
  // The page marks its results busy while the search runs: a person shown from an earlier search is no answer.
  await page.locator('#journey:not([aria-busy])').waitFor({ state: 'attached' });
  await page.locator('#person-name, #matches-heading, .status-error').first().waitFor();
}

/** The timeline's events, in the order shown, with the system each is marked with. */
export function shownEvents(page: Page): Promise<ShownEvent[]> {
  return page.$$eval('#timeline li.event', (items) =>
    items.map((item) => ({
      occurredAt: item.querySelector('time')?.getAttribute('datetime') ?? '',
      system: item.getAttribute('data-system') ?? '',
    })),
  );
}

/** Whether a list of instants is oldest first. */
export function isOldestFirst(events: readonly ShownEvent[]): boolean {
  return events.every((event, index) => index === 0 || events[index - 1]!.occurredAt <= event.occurredAt);
}
