import { SEND_CASE, type SendCaseData } from './support/courtsOperations';
import {
  ACKNOWLEDGE,
  type CaseChangeData,
  LIST_HEARING,
  MAGISTRATES_LIST,
  RECORD_OUTCOME,
  RETURN_CASE,
  TIMELINE,
  WITHDRAW,
} from './support/answerOperations';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00; moved on by the test that records an outcome. */
let clock = new Date('2026-11-27T10:00:00.000Z');

const URNS = Array.from({ length: 8 }, (_, index) => `20AC000000${index}`);
let running: RunningCourtsGateway;
let clerk: string;

beforeAll(async () => {
  const dataDir = await handMadeDataDir(
    URNS.map((urn, index) => ({ urn, courtCode: 'B20NT00', pncId: index === 3 ? '2012/0052494Q' : null })),
  );
  running = await startCourtsGateway(dataDir, { now: () => clock });
  clerk = await running.tokenFor('court-staff');
});

afterAll(() => running.stop());

const ask = <Data>(document: string, variables: Record<string, unknown>) =>
  running.queryAs<Data>(clerk, document, variables);

async function send(urn: string): Promise<string> {
  const sent = await ask<SendCaseData>(SEND_CASE, {
    input: { urn, crownCourtCode: 'C20NT00', sendingType: 'SENT_FOR_TRIAL', firstHearingOn: '2026-12-14' },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber ?? '';
}

const acknowledge = (caseNumber: string) =>
  ask<{ acknowledgeSentCase: CaseChangeData | null }>(ACKNOWLEDGE, { caseNumber });
const withdraw = (urn: string, reason = 'Sent in error: wrong defendant') =>
  ask<{ withdrawSending: CaseChangeData | null }>(WITHDRAW, { urn, reason });
const returnCase = (caseNumber: string, reason: string) =>
  ask<{ returnSentCase: CaseChangeData | null }>(RETURN_CASE, { caseNumber, reason });
const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

async function eventsOf(caseNumber: string) {
  return running.courts.system.databases.crown.db
    .selectFrom('crownCaseEvent')
    .select('kind')
    .where('caseNumber', '=', caseNumber)
    .execute();
}

describe('the Crown Court answers a case sent to it', () => {
  it('acknowledges a case once when two clerks acknowledge it at once', async () => {
    const caseNumber = await send(URNS[0] ?? '');
    const [a, b] = await Promise.all([acknowledge(caseNumber), acknowledge(caseNumber)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const answers = [a.data?.acknowledgeSentCase, b.data?.acknowledgeSentCase];
    expect(answers.map((answer) => answer?.repeated).sort()).toEqual([false, true]);
    expect(answers.map((answer) => answer?.crownCourtCase.status)).toEqual(['ACKNOWLEDGED', 'ACKNOWLEDGED']);
    expect(await eventsOf(caseNumber)).toEqual([{ kind: 'ACKNOWLEDGED' }]);
    // Acknowledged: the magistrates' court can no longer withdraw it.
    expect(codeOf(await withdraw(URNS[0] ?? ''))).toBe('ALREADY_ACKNOWLEDGED');
  });

  it('lets exactly one of a withdrawal and an acknowledgement made at once take effect', async () => {
    const caseNumber = await send(URNS[1] ?? '');
    const [acknowledged, withdrawn] = await Promise.all([acknowledge(caseNumber), withdraw(URNS[1] ?? '')]);
    const succeeded = [acknowledged.errors, withdrawn.errors].filter((errors) => errors === undefined);
    expect(succeeded).toHaveLength(1);
    expect([codeOf(acknowledged), codeOf(withdrawn)]).toContain(
      acknowledged.errors ? 'CASE_WITHDRAWN' : 'ALREADY_ACKNOWLEDGED',
    );
    expect(await eventsOf(caseNumber)).toHaveLength(1);
  });

  it('puts a withdrawn case back on the magistrates list with the reason, and lets it be sent again', async () => {
    const urn = URNS[2] ?? '';
    const caseNumber = await send(urn);
    const first = await withdraw(urn);
    expect(first.errors).toBeUndefined();
    expect(first.data?.withdrawSending).toMatchObject({
      repeated: false,
      crownCourtCase: { caseNumber, status: 'WITHDRAWN', statusReason: 'Sent in error: wrong defendant' },
    });
    const again = await withdraw(urn);
    expect(again.data?.withdrawSending?.repeated).toBe(true);
    const list = await ask<{ magistratesCase: Record<string, unknown> }>(MAGISTRATES_LIST, { urn });
    expect(list.data?.magistratesCase).toEqual({
      outcome: null,
      sentToCrownCourt: null,
      closedSendings: [
        {
          crownCourtCaseNumber: caseNumber,
          crownCourt: { code: 'C20NT00' },
          kind: 'WITHDRAWN',
          reason: 'Sent in error: wrong defendant',
        },
      ],
    });
    expect(codeOf(await acknowledge(caseNumber))).toBe('CASE_WITHDRAWN');
    const resent = await send(urn);
    expect(resent).not.toBe(caseNumber);
  });

  it('returns a case with the reason, in the timeline, and refuses to acknowledge it afterwards', async () => {
    const urn = URNS[3] ?? '';
    const caseNumber = await send(urn);
    expect((await acknowledge(caseNumber)).errors).toBeUndefined();
    const reason = 'Wrong Crown Court centre: the defendant lives in Leeds';
    const [a, b] = await Promise.all([returnCase(caseNumber, reason), returnCase(caseNumber, reason)]);
    expect([a.data?.returnSentCase?.repeated, b.data?.returnSentCase?.repeated].sort()).toEqual([
      false,
      true,
    ]);
    expect(codeOf(await acknowledge(caseNumber))).toBe('CASE_RETURNED');
    const list = await ask<{ magistratesCase: { closedSendings: { kind: string; reason: string }[] } }>(
      MAGISTRATES_LIST,
      { urn },
    );
    expect(list.data?.magistratesCase.closedSendings).toEqual([
      expect.objectContaining({ kind: 'RETURNED', reason }),
    ]);
    const timeline = await ask<{ offendersByNameAndDateOfBirth: { courtEvents: { summary: string }[] }[] }>(
      TIMELINE,
      { lastName: 'Example4', dateOfBirth: '1990-01-01' },
    );
    const summaries = timeline.data?.offendersByNameAndDateOfBirth[0]?.courtEvents.map(
      (event) => event.summary,
    );
    expect(summaries).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Case acknowledged by /),
        expect.stringContaining(`to Nottingham Magistrates' Court: ${reason}`),
      ]),
    );
    expect(await send(urn)).not.toBe(caseNumber);
  });

  it('refuses an empty reason and a case that does not exist', async () => {
    expect(codeOf(await returnCase('T20269999', 'Wrong court'))).toBe('CASE_NOT_FOUND');
    expect(codeOf(await withdraw(URNS[4] ?? ''))).toBe('NOT_SENT');
    const caseNumber = await send(URNS[4] ?? '');
    const blank = await returnCase(caseNumber, '   ');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
  });
});

describe('further Crown Court hearings', () => {
  const listHearing = (input: Record<string, unknown>) =>
    ask<{ listCrownCourtHearing: { repeated: boolean; hearing: { id: string; startsAt: string } } | null }>(
      LIST_HEARING,
      { input },
    );
  const recordOutcome = (hearingId: string, outcome: string) =>
    ask<{
      recordCrownCourtHearingOutcome: {
        repeated: boolean;
        hearing: { outcome: string };
        crownCourtCase: { outcome: string | null };
      } | null;
    }>(RECORD_OUTCOME, { hearingId, outcome });

  it('lists a trial once, however often and however many clerks list it, and only once acknowledged', async () => {
    const caseNumber = await send(URNS[5] ?? '');
    const trial = { caseNumber, type: 'TRIAL', hearingOn: '2027-03-01', time: '10:30' };
    expect(codeOf(await listHearing(trial))).toBe('NOT_ACKNOWLEDGED');
    await acknowledge(caseNumber);
    const [a, b] = await Promise.all([listHearing(trial), listHearing(trial)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.listCrownCourtHearing?.hearing.id).toBe(b.data?.listCrownCourtHearing?.hearing.id);
    expect(a.data?.listCrownCourtHearing?.hearing.startsAt).toBe('2027-03-01T10:30:00.000Z');
    expect([a.data?.listCrownCourtHearing?.repeated, b.data?.listCrownCourtHearing?.repeated].sort()).toEqual(
      [false, true],
    );
    const saturday = await listHearing({ ...trial, hearingOn: '2027-03-06' });
    expect(saturday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'hearingOn' });
    const evening = await listHearing({ ...trial, time: '19:00' });
    expect(evening.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'time' });
  });

  it('records an outcome once the hearing is held, and a final one as the case outcome', async () => {
    const caseNumber = await send(URNS[6] ?? '');
    await acknowledge(caseNumber);
    const listed = await listHearing({ caseNumber, type: 'SENTENCE', hearingOn: '2026-12-07' });
    const hearingId = listed.data?.listCrownCourtHearing?.hearing.id ?? '';
    expect(hearingId).toMatch(/^C-\d+$/);
    expect(codeOf(await recordOutcome(hearingId, 'CUSTODY'))).toBe('HEARING_NOT_YET_HELD');
    clock = new Date('2026-12-07T16:00:00.000Z');
    const [a, b] = await Promise.all([
      recordOutcome(hearingId, 'CUSTODY'),
      recordOutcome(hearingId, 'CUSTODY'),
    ]);
    expect(
      [
        a.data?.recordCrownCourtHearingOutcome?.repeated,
        b.data?.recordCrownCourtHearingOutcome?.repeated,
      ].sort(),
    ).toEqual([false, true]);
    expect(a.data?.recordCrownCourtHearingOutcome?.crownCourtCase.outcome).toBe('CUSTODY');
    expect(codeOf(await recordOutcome(hearingId, 'FINE'))).toBe('OUTCOME_ALREADY_RECORDED');
    expect(codeOf(await recordOutcome(hearingId, 'COMMITTED_TO_CROWN'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await recordOutcome('C-999999', 'FINE'))).toBe('HEARING_NOT_FOUND');
    expect(codeOf(await recordOutcome('M-1', 'FINE'))).toBe('BAD_USER_INPUT');
  });
});
