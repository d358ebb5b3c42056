import type { Browser } from 'playwright-core';
import { seededDataDir, TEST_AS_OF } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { launchChromium } from './support/chromium';
import { search } from './support/journeyPage';
import { watchPage } from './support/pageWatch';
import { webDirForTests } from './support/webBuild';
import { dueForRelease } from '../events/support/seededEvents';

let supergraph: RunningSupergraph;
let browser: Browser;

beforeAll(async () => {
  const [seeded, webDir] = await Promise.all([seededDataDir(), webDirForTests()]);
  [supergraph, browser] = await Promise.all([
    startSupergraph(seeded.dataDir, { WEB_DIR: webDir, EVENTS_SCAN_INTERVAL_MS: '0' }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await supergraph?.stop();
});

describe('the journey page’s recent events', () => {
  it('lists what the systems announced about the person, for a caseworker who may read the feed', async () => {
    const [due] = await dueForRelease(supergraph);
    if (!due) throw new Error('no seeded prisoner due for release');
    await supergraph.pnomis.events?.scanNow(new Date(`${TEST_AS_OF}T12:00:00Z`));
    await supergraph.pnomis.events?.relayNow();
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${supergraph.gateway.url}/journey`);
    await search(page, await supergraph.tokenFor('offender-manager'), due.prisonNumber);
    const item = page.locator('#recent-events li[data-event-type="PRISONER_DUE_FOR_RELEASE"]');
    await item.first().waitFor();
    await expect(item.first().textContent()).resolves.toContain(`prisonNumber ${due.prisonNumber}`);
    expect(watch.leftTheMachine()).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
