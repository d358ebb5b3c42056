import type { Browser, Page } from 'playwright-core';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { startWithChromium } from './support/chromium';
import { watchPage, type PageWatch } from './support/pageWatch';
import { saveScreenshot } from './support/screenshots';
import { webDirForTests } from './support/webBuild';

let supergraph: RunningSupergraph;
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  const [{ dataDir }, webDir] = await Promise.all([seededDataDir(), webDirForTests()]);
  [supergraph, browser] = await startWithChromium(startSupergraph(dataDir, { WEB_DIR: webDir }));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Pasting is how a person puts a token into the header editor; Monaco would auto-close typed braces.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  watch = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await supergraph?.stop();
});

/** The header editor: the last Monaco editor among the editor tools (variables, then headers). */
const headerEditor = () => page.locator('.graphiql-editor-tool .monaco-editor').last();

describe('GraphiQL served by the gateway', () => {
  it("opens at the gateway's own URL with the header editor ready, fetching nothing from elsewhere", async () => {
    const response = await page.goto(`${supergraph.gateway.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await headerEditor().waitFor();
    await expect(headerEditor().textContent()).resolves.toMatch(/authorization.*Bearer.*x-access-purpose/s);
    await page.getByRole('button', { name: 'Collection rates' }).waitFor();
    expect(watch.leftTheMachine()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it("runs an analyst's example with a pasted token and documents the schema", async () => {
    const token = await supergraph.tokenFor('analyst');
    const headers = { authorization: `Bearer ${token}` };
    await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(headers, null, 2));
    await headerEditor().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');

    // The schema is fetched again once the headers settle, and analysts may introspect.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.getByRole('link', { name: 'Query' }).first().waitFor();

    await page.getByRole('button', { name: /Show Examples/i }).click();
    await page.getByRole('button', { name: 'Visit demand' }).click();
    await page.getByRole('button', { name: /Execute query/i }).click();
    const result = page.locator('.result-window');
    await result.getByText('openBooked').first().waitFor();
    await expect(result.textContent()).resolves.toContain('"visitSessions"');
    await expect(result.textContent()).resolves.not.toContain('"errors"');
    await saveScreenshot(page, 'graphiql-visit-demand');

    // Monaco's workers came from the gateway too.
    expect(watch.requests).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/web\/workers\/graphql\.worker\.js$/)]),
    );
    expect(watch.leftTheMachine()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
