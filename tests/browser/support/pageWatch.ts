import type { Page } from 'playwright-core';

/** What a page did while a test drove it: every request it made, and what it complained about. */
export interface PageWatch {
  requests: string[];
  /** Requests to anywhere but the gateway's host (data: and blob: URLs never leave the browser). */
  leftTheMachine(): string[];
  /**
   * Console errors and uncaught exceptions: a Content-Security-Policy violation shows up here. Failed loads are
   * left out: GraphiQL's introspection before a token is pasted is refused with 401, as it should be.
   */
  problems: string[];
}

/** Records a page's requests and problems from now on. */
export function watchPage(page: Page, host = '127.0.0.1'): PageWatch {
  const watch: PageWatch = {
    requests: [],
    problems: [],
    leftTheMachine: () =>
      watch.requests.filter((url) => {
        const parsed = new URL(url);
        return parsed.protocol !== 'data:' && parsed.protocol !== 'blob:' && parsed.hostname !== host;
      }),
  };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      watch.problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => watch.problems.push(error.message));
  return watch;
}
