import type { Page } from 'playwright-core';

/** One event of the timeline as the page shows it. */
export interface ShownEvent {
  occurredAt: string;
  system: string;
}

/** Fills in the token, the purpose and the identifier, searches, and waits for the person or a message. */
export async function search(page: Page, token: string, identifier: string): Promise<void> {
  await page.fill('#token', token);
  await page.fill('#purpose', 'Browser test of the journey page');
  await page.fill('#identifier', identifier);
  await page.click('button[type=submit]');
  await page.locator('#person-name, .status-error').first().waitFor();
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
