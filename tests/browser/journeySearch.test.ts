import type { Browser, Page } from 'playwright-core';
import { addNamesakes, particularsOf, type Particulars } from '../courts/support/namesakes';
import { addPrisoners } from '../journey/support/prisoners';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { startWithChromium } from './support/chromium';
import { search, searchByName } from './support/journeyPage';
import { watchPage, type PageWatch } from './support/pageWatch';
import { saveScreenshot } from './support/screenshots';
import { webDirForTests } from './support/webBuild';

/** The scopes of an offender manager, less education:read. */
const ALL_BUT_EDUCATION = 'courts:read custody:read visits:read confiscation:read';

let supergraph: RunningSupergraph;
let browser: Browser;
let samples: { pncId: string }[];
let sample: { pncId: string; prisonNumber: string };
let person: Particulars;
let journeyUrl: string;

beforeAll(async () => {
  const [seeded, webDir] = await Promise.all([seededDataDir(), webDirForTests()]);
  [supergraph, browser] = await startWithChromium(startSupergraph(seeded.dataDir, { WEB_DIR: webDir }));
  sample = await learnerAmong(seeded.manifest.samples.fullJourney);
  samples = [...seeded.manifest.samples.fullJourney, ...seeded.manifest.samples.releasedWithConfiscation];
  journeyUrl = `${supergraph.gateway.url}/journey`;
  person = await particularsOf(supergraph.courts.system.databases.magistrates.db, sample.pncId);
});

/** The first of the sample people with courses in their learner record, so that the page has some to show. */
async function learnerAmong(samples: readonly { pncId: string; prisonNumber: string }[]) {
  const token = await supergraph.tokenFor('offender-manager');
  for (const candidate of samples) {
    const response = await supergraph.queryAs<{ offender: { learning: { courses: unknown[] } | null } }>(
      token,
      '#graphql\n query Courses($pncId: ID) { offender(pncId: $pncId) { learning { courses { id } } } }',
      { pncId: candidate.pncId },
    );
    if ((response.data?.offender.learning?.courses.length ?? 0) > 0) return candidate;
  }
  throw new Error('no full-journey sample has courses in their learner record');
}

afterAll(async () => {
  await browser?.close();
  // The last test stops P-Nomis itself.
  await supergraph?.gateway.stop();
  await Promise.all([supergraph?.courts.stop(), supergraph?.visits.stop(), supergraph?.confiscation.stop()]);
});

/** A fresh browser tab on the journey page, watched, with the bodies of the requests it posts. */
async function openJourneyPage(
  width = 1280,
): Promise<{ page: Page; watch: PageWatch; posted: string[]; historyLength: number }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  const posted: string[] = [];
  page.on('request', (request) => posted.push(request.postData() ?? ''));
  await page.goto(journeyUrl);
  return { page, watch, posted, historyLength: await page.evaluate(() => history.length) };
}

/** The ways the page could leak what was typed into the address bar, history or a request's URL. */
async function expectNothingPersonalInUrls(
  opened: { page: Page; watch: PageWatch; historyLength: number },
  typed: readonly string[],
) {
  const { page, watch, historyLength } = opened;
  expect(page.url()).toBe(journeyUrl);
  // No entry was added to the history, where a name or date of birth could be kept.
  await expect(page.evaluate(() => history.length)).resolves.toBe(historyLength);
  const forms = typed.flatMap((text) => [text, text.toLowerCase(), encodeURIComponent(text)]);
  expect(watch.requests.filter((url) => forms.some((text) => url.includes(text)))).toEqual([]);
}

function personPncId(page: Page): Promise<string | null> {
  return page.locator('.person dd').first().textContent();
}

describe('searching the journey page by name and date of birth', () => {
  it('finds the one person of that surname and date of birth, opens their page and keeps them out of every URL', async () => {
    const opened = await openJourneyPage();
    const { page, watch, posted } = opened;
    const token = await supergraph.tokenFor('offender-manager');
    await searchByName(page, token, {
      lastName: person.lastName.toUpperCase(),
      dateOfBirth: person.dateOfBirth,
    });
    await expect(personPncId(page)).resolves.toBe(sample.pncId);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('person-name');

    // The surname and date of birth went to the gateway in a POST body, and nowhere else.
    expect(
      posted.some(
        (body) => body.includes(person.dateOfBirth) && body.includes(person.lastName.toUpperCase()),
      ),
    ).toBe(true);
    await expectNothingPersonalInUrls(opened, [person.lastName, person.dateOfBirth]);

    await expect(page.locator('#education h4').allTextContents()).resolves.toEqual([
      'Courses',
      'Qualifications',
      'Functional skills',
      'Goals',
    ]);
    await expect(page.locator('#education li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#confiscation .headline-figure').textContent()).resolves.toMatch(
      /^£[\d,]+\.\d\d owed, with interest$/,
    );
    await expect(page.locator('#confiscation-interest').textContent()).resolves.toMatch(
      /^£[\d,]+\.\d\d before interest; /,
    );
    await saveScreenshot(page, 'journey-found-by-name');
    expect(watch.leftTheMachine()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('lists namesakes to choose from, by keyboard, and opens the one chosen', async () => {
    const namesakes = await addNamesakes(supergraph.courts.system.databases.magistrates.db, [
      { firstName: 'Alex', lastName: person.lastName, dateOfBirth: person.dateOfBirth },
      { firstName: 'Sam', lastName: person.lastName.toLowerCase(), dateOfBirth: person.dateOfBirth },
    ]);
    const opened = await openJourneyPage();
    const { page, watch } = opened;
    await searchByName(page, await supergraph.tokenFor('offender-manager'), {
      lastName: ` ${person.lastName} `,
      dateOfBirth: person.dateOfBirth,
    });
    await expect(page.locator('#matches-heading').textContent()).resolves.toBe('3 people match: choose one');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('matches-heading');
    const listed = await page.$$eval('button.match', (buttons) =>
      buttons.map((button) => button.dataset.pncId),
    );
    expect(listed).toEqual([...namesakes, sample.pncId].sort());
    await expect(
      page.locator(`button.match[data-pnc-id="${namesakes[1]}"]`).textContent(),
    ).resolves.toContain(`Sam ${person.lastName.toLowerCase()}`);
    await saveScreenshot(page, 'journey-name-matches');

    // Tab into the list, then the arrow keys move between the people listed.
    await page.keyboard.press('Tab');
    for (let step = 0; step < listed.indexOf(sample.pncId); step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.pncId)).resolves.toBe(
      sample.pncId,
    );
    await page.keyboard.press('Enter');
    await page.locator('#person-name').waitFor();
    await expect(personPncId(page)).resolves.toBe(sample.pncId);
    await expectNothingPersonalInUrls(opened, [person.lastName, person.dateOfBirth]);

    // The list is a step back, in the page itself rather than the browser's history.
    await page.getByRole('button', { name: 'Back to the 3 people matched' }).click();
    await expect(page.locator('button.match').count()).resolves.toBe(3);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('matches-heading');
    expect(watch.problems).toEqual([]);
  });

  it('says plainly why a search by name found no one or cannot be run, with focus where to correct it', async () => {
    const { page, watch, posted } = await openJourneyPage();
    const token = await supergraph.tokenFor('offender-manager');
    const status = () => page.locator('#status').textContent();
    const focused = () => page.evaluate(() => document.activeElement?.id);

    await searchByName(page, token, { lastName: '  ', dateOfBirth: person.dateOfBirth });
    await expect(status()).resolves.toBe('Enter the surname to search for.');
    await expect(focused()).resolves.toBe('last-name');

    await searchByName(page, token, { lastName: person.lastName, dateOfBirth: '2999-01-01' });
    await expect(status()).resolves.toBe('The date of birth 2999-01-01 is in the future');
    await expect(focused()).resolves.toBe('date-of-birth');

    await searchByName(page, token, { lastName: `${person.lastName}zz`, dateOfBirth: person.dateOfBirth });
    await expect(status()).resolves.toMatch(/^No one the courts know has that surname and date of birth\./);

    // A token that reads neither court nor custody records can run no search by name: told so, and nothing is sent.
    const sent = posted.length;
    await searchByName(
      page,
      await supergraph.tokenFor('offender-manager', { scopes: 'visits:read confiscation:read' }),
      { lastName: person.lastName, dateOfBirth: person.dateOfBirth },
    );
    await expect(status()).resolves.toMatch(/^Your access does not include court or custody records/);
    await expect(page.locator('#journey').textContent()).resolves.toBe('');
    expect(posted.slice(sent).filter((body) => body.includes(person.dateOfBirth))).toEqual([]);
    expect(page.url()).toBe(journeyUrl);
    expect(watch.problems).toEqual([]);
  });
});

describe('prison staff searching the journey page by name and date of birth', () => {
  it('search P-Nomis for the people of their caseload, choose one and open their page', async () => {
    const { db } = supergraph.pnomis.system.database;
    const prisoner = await db
      .selectFrom('offender')
      .innerJoin('booking', 'booking.prisonNumber', 'offender.prisonNumber')
      .select(['offender.firstName', 'offender.lastName', 'offender.dateOfBirth', 'booking.prisonCode'])
      .where('offender.prisonNumber', '=', sample.prisonNumber)
      .where('booking.active', '=', 1)
      .executeTakeFirstOrThrow();
    const elsewhere = prisoner.prisonCode === 'LEI' ? 'MDI' : 'LEI';
    const { lastName, dateOfBirth } = prisoner;
    const [namesake, heldElsewhere] = await addPrisoners(db, [
      {
        firstName: 'Rowan',
        lastName,
        dateOfBirth,
        bookings: [{ prisonCode: prisoner.prisonCode, beganOn: '2026-06-01' }],
      },
      {
        firstName: 'Sasha',
        lastName,
        dateOfBirth,
        bookings: [{ prisonCode: elsewhere, beganOn: '2026-06-01' }],
      },
    ]);
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prisoner.prisonCode });
    const opened = await openJourneyPage();
    const { page, watch, posted } = opened;
    await searchByName(page, staff, { lastName: lastName.toLowerCase(), dateOfBirth });

    // Two people held at their prison match; the namesake held elsewhere does not exist for them.
    await expect(page.locator('#matches-heading').textContent()).resolves.toBe('2 people match: choose one');
    const listed = await page.$$eval('button.match', (buttons) =>
      buttons.map((button) => button.dataset.prisonNumber),
    );
    expect(listed).toEqual([namesake, sample.prisonNumber].sort());
    expect(listed).not.toContain(heldElsewhere);
    await expect(
      page.locator(`button.match[data-prison-number="${namesake}"]`).textContent(),
    ).resolves.toMatch(
      new RegExp(`^Rowan ${lastName}.*prison number ${namesake} · no PNC ID · held at HMP `),
    );
    await expect(page.locator('.match-list .muted').textContent()).resolves.toMatch(/^P-Nomis records names/);
    // The search went to P-Nomis, which serves prison staff, and not to the courts, which refuse them.
    expect(posted.some((body) => body.includes('prisonersByNameAndDateOfBirth'))).toBe(true);
    expect(posted.some((body) => body.includes('offendersByNameAndDateOfBirth'))).toBe(false);
    await saveScreenshot(page, 'journey-prison-staff-name-matches');

    await page.keyboard.press('Tab');
    for (let step = 0; step < listed.indexOf(sample.prisonNumber); step += 1)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#person-name').waitFor();
    await expect(page.locator('#person-name').textContent()).resolves.toBe(
      `${prisoner.firstName} ${lastName}`,
    );
    await expect(page.locator('.person dd').nth(1).textContent()).resolves.toBe(sample.prisonNumber);
    await expect(page.locator('#custody').isVisible()).resolves.toBe(true);
    await expectNothingPersonalInUrls(opened, [lastName, dateOfBirth]);
    await saveScreenshot(page, 'journey-prison-staff-found-by-name');

    // Staff of another prison find no one of that name: said plainly, with focus on the surname.
    await searchByName(
      page,
      await supergraph.tokenFor('prison-staff', { caseload: 'BWI' === prisoner.prisonCode ? 'OWI' : 'BWI' }),
      {
        lastName,
        dateOfBirth,
      },
    );
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      /^No one held, or last held, at a prison in your caseload has that surname and date of birth\./,
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('last-name');
    expect(watch.problems).toEqual([]);
  });
});

describe('the education and skills section', () => {
  it('is left out, not broken, for a token without education:read, while the rest of the page shows', async () => {
    const { page, watch } = await openJourneyPage();
    await search(
      page,
      await supergraph.tokenFor('offender-manager', { scopes: ALL_BUT_EDUCATION }),
      sample.prisonNumber,
    );
    await expect(page.locator('#education').count()).resolves.toBe(0);
    for (const id of ['#custody', '#visits', '#confiscation', '#courts', '#timeline']) {
      await expect(page.locator(id).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('.access-note').textContent()).resolves.toBe(
      'Not shown, as your access does not include them: Education and skills.',
    );
    await expect(page.getByText('Unauthorized').count()).resolves.toBe(0);
    await saveScreenshot(page, 'journey-without-education');
    expect(watch.problems).toEqual([]);
  });
});

describe('the confiscation section', () => {
  type Orders = {
    offender: { confiscationOrders: Record<'interestAccrued' | 'balanceWithInterest', string>[] };
  };

  /** Money strings summed in whole pence and written as the page writes them: £101,910.42. */
  function totalOf(amounts: readonly string[]): string {
    const pence = amounts.reduce((total, amount) => {
      const [pounds = '0', fraction = '0'] = amount.split('.');
      return total + Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
    }, 0);
    return `£${Math.floor(pence / 100).toLocaleString('en-GB')}.${String(pence % 100).padStart(2, '0')}`;
  }

  it('shows the balance with the interest accrued, as the confiscation system works them out', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    let found: { pncId: string; orders: Orders['offender']['confiscationOrders'] } | null = null;
    for (const candidate of samples) {
      const response = await supergraph.queryAs<Orders>(
        token,
        '#graphql\n query Owed($pncId: ID) { offender(pncId: $pncId) { confiscationOrders { interestAccrued balanceWithInterest } } }',
        { pncId: candidate.pncId },
      );
      const orders = response.data?.offender.confiscationOrders ?? [];
      if (orders.some((order) => Number(order.interestAccrued) > 0)) {
        found = { pncId: candidate.pncId, orders };
        break;
      }
    }
    if (!found) throw new Error('no sample person owes interest on a confiscation order');
    const { orders } = found;

    const { page, watch } = await openJourneyPage();
    await search(page, token, found.pncId);
    await expect(page.locator('#confiscation .headline-figure').textContent()).resolves.toBe(
      `${totalOf(orders.map((order) => order.balanceWithInterest))} owed, with interest`,
    );
    await expect(page.locator('#confiscation-interest').textContent()).resolves.toContain(
      `${totalOf(orders.map((order) => order.interestAccrued))} interest accrued since the time to pay ended.`,
    );
    await saveScreenshot(page, 'journey-confiscation-interest');
    expect(watch.problems).toEqual([]);
  });
});

describe('a search by name while P-Nomis does not answer', () => {
  it('still lists the people the courts know, saying that their prison numbers are not available', async () => {
    const lastName = 'Outage';
    const dateOfBirth = '1979-05-06';
    await addNamesakes(supergraph.courts.system.databases.magistrates.db, [
      { firstName: 'Jo', lastName, dateOfBirth },
      { firstName: 'Kit', lastName, dateOfBirth },
    ]);
    await supergraph.pnomis.stop();
    const { page, watch } = await openJourneyPage(390);
    await searchByName(page, await supergraph.tokenFor('offender-manager'), { lastName, dateOfBirth });
    await expect(page.locator('button.match').count()).resolves.toBe(2);
    await expect(page.locator('#matches-partial').textContent()).resolves.toMatch(
      /^P-Nomis system unavailable.*: what it holds is missing below\.$/,
    );
    const facts = await page.locator('.match-facts').allTextContents();
    expect(facts.every((text) => text.includes('prison number not available'))).toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'journey-name-matches-pnomis-unavailable-narrow');
    expect(watch.problems).toEqual([]);
  });
});
