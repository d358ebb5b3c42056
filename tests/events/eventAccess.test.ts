import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { seededDataDir, TEST_AS_OF } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import {
  EVENTS,
  eventually,
  REGISTER_WEBHOOK,
  registerWebhook,
  type EventView,
} from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';
import { dueForRelease } from './support/seededEvents';
import { prisonerInCustody } from '../learning/support/prisonerInCustody';
import { ADD_GOAL, UPDATE_STEP, daysFromToday } from '../learning/support/learningDocuments';

let supergraph: RunningSupergraph;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
}, 60_000);

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await supergraph?.stop();
});

async function receiverFor(token: string, types: string[]) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const { secret } = await registerWebhook(supergraph, token, { url: receiver.url, types });
  receiver.setSecret(secret);
  return receiver;
}

/** The prisons of the seeded prisoners due for release within 12 weeks of the seed's date, one per prisoner. */
async function dueForReleaseAt(): Promise<string[]> {
  return (await dueForRelease(supergraph)).map((row) => row.prisonCode);
}

describe('who is told what', () => {
  it('refuses a type the caller’s scopes do not read, a URL that is not https, and callers who may not subscribe', async () => {
    const courtStaff = await supergraph.tokenFor('court-staff');
    const register = (token: string, input: Record<string, unknown>) =>
      supergraph.queryAs(token, REGISTER_WEBHOOK, { input });
    const visits = await register(courtStaff, { url: 'https://crown.example/hook', types: ['VISIT_BOOKED'] });
    expect(visits.errors?.[0]?.extensions).toMatchObject({
      code: 'EVENT_TYPE_NOT_ALLOWED',
      refused: ['VISIT_BOOKED'],
    });
    for (const url of [
      'http://crown.example/hook',
      'ftp://127.0.0.1/x',
      'https://user:pw@crown.example/',
      'nonsense',
      // Private, link-local (cloud metadata) and reserved addresses, refused even where loopback is allowed.
      'https://169.254.169.254/latest/meta-data/',
      'https://10.1.2.3/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:192.168.0.1]/hook',
    ]) {
      const refused = await register(courtStaff, { url, types: ['CASE_SENT_TO_CROWN_COURT'] });
      expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_WEBHOOK_URL');
    }
    const none = await register(courtStaff, { url: 'https://crown.example/hook', types: [] });
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const analyst = await supergraph.tokenFor('analyst');
    const byAnalyst = await register(analyst, {
      url: 'https://a.example/',
      types: ['CASE_SENT_TO_CROWN_COURT'],
    });
    expect(byAnalyst.data?.registerWebhook ?? null).toBeNull();
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const feed = await supergraph.queryAs(courtStaff, EVENTS, { types: ['EDUCATION_RECORD_CHANGED'] });
    expect(feed.errors?.[0]?.extensions?.code).toBe('EVENT_TYPE_NOT_ALLOWED');
    const badCursor = await supergraph.queryAs(courtStaff, EVENTS, { after: 'yesterday' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('announces each prisoner due for release once, 12 weeks ahead, and prison staff hear only of their caseload', async () => {
    const prisons = await dueForReleaseAt();
    expect(prisons.length).toBeGreaterThan(1);
    const prison = prisons[0] ?? '';
    const atPrison = prisons.filter((code) => code === prison).length;
    expect(atPrison).toBeLessThan(prisons.length);
    const everywhere = await receiverFor(await supergraph.tokenFor('offender-manager'), [
      'PRISONER_DUE_FOR_RELEASE',
    ]);
    const staffToken = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const caseload = await receiverFor(staffToken, ['PRISONER_DUE_FOR_RELEASE']);
    const pnomis = supergraph.pnomis.events;
    if (!pnomis) throw new Error('P-Nomis has no event relay');
    expect(await pnomis.scanNow(new Date(`${TEST_AS_OF}T12:00:00Z`))).toBe(prisons.length);
    expect(await pnomis.scanNow(new Date(`${TEST_AS_OF}T13:00:00Z`))).toBe(0);
    await eventually(
      () => everywhere.received.length,
      (count) => count === prisons.length,
    );
    await eventually(
      () => caseload.received.length,
      (count) => count === atPrison,
    );
    expect(caseload.received.every((entry) => entry.event.data.establishmentCode === prison)).toBe(true);
    expect(everywhere.received[0]?.event.data.facts.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const staffFeed = await supergraph.queryAs<{ events: { events: EventView[] } }>(staffToken, EVENTS, {
      types: ['PRISONER_DUE_FOR_RELEASE'],
      first: 500,
    });
    expect(staffFeed.data?.events.events.map((event) => event.establishmentCode)).toEqual(
      Array.from({ length: atPrison }, () => prison),
    );
  });

  it('tells prison staff of their caseload when a prisoner’s education record changes, and no other prison’s staff', async () => {
    const { prisonNumber, prison, neverHeld } = await prisonerInCustody(supergraph);
    const staff = await supergraph.tokenFor('prison-staff', { caseload: prison });
    const ours = await receiverFor(staff, ['EDUCATION_RECORD_CHANGED']);
    const theirs = await receiverFor(await supergraph.tokenFor('prison-staff', { caseload: neverHeld }), [
      'EDUCATION_RECORD_CHANGED',
    ]);
    const added = await supergraph.queryAs<{ addLearningGoal: { id: string; steps: { id: string }[] } }>(
      staff,
      ADD_GOAL,
      {
        input: {
          prisonNumber,
          title: 'Level 1 maths',
          reviewOn: daysFromToday(60),
          steps: ['Taster', 'Unit 1'],
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const step = added.data?.addLearningGoal.steps[0]?.id;
    const updated = await supergraph.queryAs(staff, UPDATE_STEP, {
      input: { stepId: step, status: 'COMPLETED' },
    });
    expect(updated.errors).toBeUndefined();
    const told = await eventually(
      () => ours.received,
      (received) => received.length === 2,
    );
    expect(told.map((entry) => entry.event.data.facts.part)).toEqual(['GOAL', 'GOAL_STEP']);
    expect(told.map((entry) => entry.event.data.establishmentCode)).toEqual([prison, prison]);
    expect(told[0]?.event.data.identifiers.prisonNumber).toBe(prisonNumber);
    // Nothing of the goal itself travels: its title is read through the graph.
    expect(JSON.stringify(told)).not.toContain('Level 1 maths');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(theirs.received).toHaveLength(0);
  });
});
