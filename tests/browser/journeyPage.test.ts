import type { Browser, Page } from 'playwright-core';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { startWithChromium } from './support/chromium';
import { isOldestFirst, search, shownEvents } from './support/journeyPage';
import { watchPage, type PageWatch } from './support/pageWatch';
import { saveScreenshot } from './support/screenshots';
import { supergraphHasField } from './support/servedSchema';
import { webDirForTests } from './support/webBuild';

const ALL_SYSTEMS = ['MAGISTRATES_COURT', 'CROWN_COURT', 'PNOMIS', 'VISITS', 'CONFISCATION'];

let supergraph: RunningSupergraph;
let browser: Browser;
let sample: { pncId: string; prisonNumber: string };
let remandPrisoner: string;
let journeyUrl: string;

beforeAll(async () => {
  const [seeded, webDir] = await Promise.all([seededDataDir(), webDirForTests()]);
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  const remand = seeded.manifest.samples.remandPrisoner[0];
  if (!remand) throw new Error('no remand sample');
  remandPrisoner = remand.prisonNumber;
  [supergraph, browser] = await startWithChromium(startSupergraph(seeded.dataDir, { WEB_DIR: webDir }));
  journeyUrl = `${supergraph.gateway.url}/journey`;
});

afterAll(async () => {
  await browser?.close();
  // The last test stops the visits system itself.
  await supergraph?.gateway.stop();
  await Promise.all([supergraph?.courts.stop(), supergraph?.pnomis.stop(), supergraph?.confiscation.stop()]);
});

/** A fresh browser tab (its own sessionStorage) on the journey page, watched. */
async function openJourneyPage(width = 1280): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  const response = await page.goto(journeyUrl);
  expect(response?.headers()['content-security-policy']).toMatch(
    /default-src 'none'; script-src 'self'; style-src 'self';/,
  );
  return { page, watch };
}

type Contact = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  relationship: string;
  approvedVisitor: boolean;
  restrictions: unknown[];
};

/** An adult contact of a prisoner approved to visit and under no restriction, as prison staff read them. */
async function approvedAdultContact(staff: string, prisonNumber: string): Promise<Contact> {
  const response = await supergraph.queryAs<{ offender: { contacts: Contact[] } }>(
    staff,
    `#graphql
    query Contacts($prisonNumber: ID) {
      offender(prisonNumber: $prisonNumber) {
        contacts { firstName lastName dateOfBirth relationship approvedVisitor restrictions { type } }
      }
    }`,
    { prisonNumber },
  );
  const adultBy = `${new Date().getFullYear() - 19}-01-01`;
  const contact = response.data?.offender.contacts.find(
    (candidate) =>
      candidate.approvedVisitor && candidate.restrictions.length === 0 && candidate.dateOfBirth < adultBy,
  );
  if (!contact) throw new Error(`no approved adult contact of ${prisonNumber}: ${JSON.stringify(response)}`);
  return contact;
}

describe('the caseworker journey page', () => {
  it('finds a person by keyboard and shows events from every system, oldest first', async () => {
    const { page, watch } = await openJourneyPage();
    const token = await supergraph.tokenFor('offender-manager');
    // Skip link, the GraphiQL link, the "Your access" fold, then the form in reading order.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to the journey',
    );
    const tabs = async (steps: number) => {
      for (let step = 0; step < steps; step += 1) await page.keyboard.press('Tab');
    };
    await tabs(3);
    // The page lists the token's agency's purposes once the token is in.
    await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/access/purposes'),
      page.keyboard.insertText(token),
    ]);
    await page.locator('#purpose option[value="SENTENCE_MANAGEMENT"]').waitFor({ state: 'attached' });
    // The purpose list, then the purpose in the caller's words, then (past "Forget token") the identifier.
    await tabs(1);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#purpose').inputValue()).resolves.toBe('SENTENCE_MANAGEMENT');
    await tabs(1);
    await page.keyboard.insertText('Sentence planning');
    await tabs(2);
    await page.keyboard.insertText(sample.pncId);
    await page.keyboard.press('Enter');
    await page.locator('#person-name').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('person-name');

    const events = await shownEvents(page);
    expect(new Set(events.map((event) => event.system))).toEqual(new Set(ALL_SYSTEMS));
    expect(isOldestFirst(events)).toBe(true);
    await expect(page.locator('#timeline .notice-partial').count()).resolves.toBe(0);
    await expect(page.locator('#courts .transfer').first().textContent()).resolves.toContain(
      'Sent to the Crown Court',
    );
    await expect(page.locator('#custody').textContent()).resolves.toContain('Release date');
    if (supergraphHasField('documents')) {
      await page.getByText('Case file').first().click();
      await page.locator('#courts .case-document').first().waitFor({ state: 'attached' });
      // The bytes come from the gateway's download route, with the token and purpose, as a file of the case.
      const downloading = page.waitForEvent('download');
      await page.locator('#courts .case-document button').first().click();
      expect((await downloading).suggestedFilename()).toMatch(/^\w{11}-\d{2}\.(pdf|png|jpg)$/);
    }
    await expect(page.locator('#confiscation .headline-figure').textContent()).resolves.toMatch(
      /^£[\d,]+\.\d\d/,
    );
    await saveScreenshot(page, 'journey-offender-manager');

    // Nothing personal in the address bar or any request's URL; the token lives in this tab's sessionStorage.
    expect(page.url()).toBe(journeyUrl);
    const identifiers = [sample.pncId, sample.prisonNumber, encodeURIComponent(sample.pncId)];
    expect(watch.requests.filter((url) => identifiers.some((id) => url.includes(id)))).toEqual([]);
    const stored = await page.evaluate(() => ({
      session: { ...sessionStorage },
      local: { ...localStorage },
    }));
    expect(Object.values(stored.session)).toContain(token);
    expect(JSON.stringify(stored.local)).not.toContain(token);
    expect(watch.leftTheMachine()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('hides, for a court-staff token, the sections it may not see and merges the timeline from what it may', async () => {
    const { page, watch } = await openJourneyPage();
    await search(page, await supergraph.tokenFor('court-staff'), sample.pncId);
    await expect(page.locator('#visits, #confiscation').count()).resolves.toBe(0);
    await expect(page.locator('#courts h4').first().textContent()).resolves.toContain("Magistrates' case");
    await expect(page.locator('#custody').isVisible()).resolves.toBe(true);
    await expect(page.locator('.access-note').textContent()).resolves.toContain('Visits, Confiscation');
    await expect(page.locator('#timeline .notice-partial').textContent()).resolves.toContain(
      'Merged on this page',
    );
    const events = await shownEvents(page);
    expect(new Set(events.map((event) => event.system))).toEqual(
      new Set(['MAGISTRATES_COURT', 'CROWN_COURT', 'PNOMIS']),
    );
    expect(isOldestFirst(events)).toBe(true);
    await expect(page.getByText('Unauthorized').count()).resolves.toBe(0);
    await saveScreenshot(page, 'journey-court-staff');
    expect(watch.problems).toEqual([]);
  });

  it('says of a prisoner with no PNC ID that the courts and confiscation cannot be matched, not that they hold nothing', async () => {
    const { page, watch } = await openJourneyPage();
    await search(page, await supergraph.tokenFor('offender-manager'), remandPrisoner);
    await expect(page.locator('#courts').textContent()).resolves.toContain(
      'No PNC ID: the courts know defendants by it',
    );
    await expect(page.locator('#confiscation').textContent()).resolves.toContain(
      'No PNC ID: confiscation orders are recorded against it',
    );
    await expect(page.getByText(/^No court cases\.$|^No confiscation orders\.$/).count()).resolves.toBe(0);
    await expect(page.locator('#custody').textContent()).resolves.toContain('Remand');
    expect(watch.problems).toEqual([]);
  });

  // Booking arrives with the visits subgraph's booking mutations; until then there is nothing to book with.
  const itWhenBookable = supergraphHasField('bookVisit') ? it : it.skip;

  itWhenBookable('books a visit for prison staff and shows it among the upcoming visits', async () => {
    const caseworker = await supergraph.tokenFor('offender-manager');
    const held = await supergraph.queryAs<{ offender: { custody: { currentPrison: { code: string } } } }>(
      caseworker,
      '#graphql\n query Held($pncId: ID) { offender(pncId: $pncId) { custody { currentPrison { code } } } }',
      { pncId: sample.pncId },
    );
    const prison = held.data?.offender.custody.currentPrison.code ?? '';
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    // The lead visitor must be one of the prisoner's approved contacts, free to visit: staff read them in P-Nomis.
    const lead = await approvedAdultContact(staff, sample.prisonNumber);
    const { page, watch } = await openJourneyPage();
    await search(page, staff, sample.prisonNumber);

    await page.getByText('Book a visit').click();
    await page.locator('#booking-session').waitFor();
    await page.fill('#visitor-first-name', lead.firstName);
    await page.fill('#visitor-last-name', lead.lastName);
    await page.fill('#visitor-date-of-birth', lead.dateOfBirth);
    await page.fill('#visitor-relationship', lead.relationship);
    await page.getByRole('button', { name: 'Book visit' }).click();
    await page.getByText(/^Visit booked: /).waitFor();

    const status = (await page.locator('#status').textContent()) ?? '';
    const reference = /reference ([a-z-]+)\./.exec(status)?.[1] ?? 'none';
    await expect(page.locator(`#visits li[data-reference="${reference}"]`).textContent()).resolves.toContain(
      'Booked',
    );
    await saveScreenshot(page, 'journey-visit-booked');
    expect(watch.problems).toEqual([]);
  });

  it('says plainly that the visits system is unavailable and shows the rest, on a narrow screen too', async () => {
    await supergraph.visits.stop();
    const { page, watch } = await openJourneyPage(390);
    await search(page, await supergraph.tokenFor('offender-manager'), sample.pncId);
    await expect(page.locator('#visits .notice-unavailable').textContent()).resolves.toContain(
      'Visits system unavailable',
    );
    await expect(page.locator('#partial-results').textContent()).resolves.toContain(
      'Visits system unavailable',
    );
    for (const id of ['#custody', '#courts', '#confiscation']) {
      await expect(page.locator(`${id} .notice`).count()).resolves.toBe(0);
    }
    await expect(page.locator('#timeline .notice-partial').textContent()).resolves.toContain(
      'Visits system unavailable',
    );
    const events = await shownEvents(page);
    expect(new Set(events.map((event) => event.system))).toEqual(
      new Set(ALL_SYSTEMS.filter((system) => system !== 'VISITS')),
    );
    expect(isOldestFirst(events)).toBe(true);
    // Readable at phone width: nothing wider than the screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'journey-visits-unavailable-narrow');
    expect(watch.problems).toEqual([]);
  });
});
