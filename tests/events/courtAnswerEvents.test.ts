import { startWebhookReceiver, type WebhookReceiver } from '@lib/events/webhookReceiver';
import { ACKNOWLEDGE, LIST_HEARING, RETURN_CASE, WITHDRAW } from '../courts/support/answerOperations';
import { hearingDateAhead, seededCandidates, type Candidate } from '../courts/support/seededCandidates';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { eventually, registerWebhook } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';
import { sendThroughGraph, type SentCase } from './support/seededEvents';

const TYPES = [
  'CASE_SENT_TO_CROWN_COURT',
  'CROWN_COURT_FIRST_HEARING_LISTED',
  'CASE_ACKNOWLEDGED_BY_CROWN_COURT',
  'CROWN_COURT_HEARING_LISTED',
  'CASE_RETURNED_BY_CROWN_COURT',
  'CASE_SENDING_WITHDRAWN',
];
/** What a reason given for a return or a withdrawal says; it must never travel in an event. */
const REASON = 'Wrong court: the defendant lives in the area of another centre';

let supergraph: RunningSupergraph;
let clerk: string;
let triable: Candidate[];
let receiver: WebhookReceiver;
let used = 0;

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir, QUICK_RETRIES);
  clerk = await supergraph.tokenFor('court-staff');
  ({ triable } = await seededCandidates(supergraph.courts.system));
  receiver = await startWebhookReceiver();
  receiver.setSecret((await registerWebhook(supergraph, clerk, { url: receiver.url, types: TYPES })).secret);
}, 60_000);

afterAll(async () => {
  await receiver?.close();
  await supergraph?.stop();
});

const sendCase = () => sendThroughGraph(supergraph, clerk, triable[used++]);

async function answer(document: string, variables: Record<string, unknown>) {
  const answered = await supergraph.queryAs(clerk, document, variables);
  expect(answered.errors).toBeUndefined();
}

/** The types announced for a case, in the order they arrived, once `count` have. */
async function announcedFor(sent: SentCase, count: number) {
  const events = await eventually(
    () => receiver.received.filter((entry) => entry.event.data.identifiers.urn === sent.urn),
    (found) => found.length >= count,
  );
  for (const { event } of events) {
    expect(event.subject).toBe(`crownCourtCaseNumber/${sent.crownCourtCode}/${sent.caseNumber}`);
    expect(event.data.identifiers).toEqual({
      urn: sent.urn,
      crownCourtCaseNumber: sent.caseNumber,
      crownCourtCode: sent.crownCourtCode,
      pncId: sent.pncId,
    });
    expect(JSON.stringify(event)).not.toContain('Wrong court');
  }
  return events;
}

describe('the Crown Court’s answers announced', () => {
  it('tells of an acknowledgement once, however often it is repeated, and of a further hearing listed', async () => {
    const sent = await sendCase();
    const named = { caseNumber: sent.caseNumber, crownCourtCode: sent.crownCourtCode };
    await answer(ACKNOWLEDGE, named);
    await answer(ACKNOWLEDGE, named);
    const hearingOn = hearingDateAhead();
    const listing = { input: { ...named, type: 'TRIAL', hearingOn, time: '10:30' } };
    await answer(LIST_HEARING, listing);
    await answer(LIST_HEARING, listing);
    const events = await announcedFor(sent, 4);
    // Time for any duplicate to arrive before the count is checked.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received.filter((entry) => entry.event.data.identifiers.urn === sent.urn)).toHaveLength(
      4,
    );
    expect(events.map((entry) => entry.event.data.eventType)).toEqual(TYPES.slice(0, 4));
    expect(events[3]?.event.data.facts).toMatchObject({ hearingType: 'TRIAL' });
    expect(events[3]?.event.data.facts.startsAt).toContain(hearingOn);
  });

  it('tells of a case returned, and of a sending withdrawn, without the reason given', async () => {
    const returned = await sendCase();
    await answer(RETURN_CASE, {
      caseNumber: returned.caseNumber,
      crownCourtCode: returned.crownCourtCode,
      reason: REASON,
    });
    const withdrawn = await sendCase();
    await answer(WITHDRAW, { urn: withdrawn.urn, reason: REASON });
    const types = async (sent: SentCase) =>
      (await announcedFor(sent, 3)).map((entry) => entry.event.data.eventType);
    expect(await types(returned)).toEqual([...TYPES.slice(0, 2), 'CASE_RETURNED_BY_CROWN_COURT']);
    expect(await types(withdrawn)).toEqual([...TYPES.slice(0, 2), 'CASE_SENDING_WITHDRAWN']);
  });
});
