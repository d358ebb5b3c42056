import { handMadeDataDir, type HandMadeCase } from './support/handMadeCourts';
import {
  SEND_CASE,
  WAITING_TIMES,
  type Figures,
  type SendCaseData,
  type WaitingTimesData,
} from './support/courtsOperations';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00: the day the figures are taken on unless a test says otherwise. */
const NOW = new Date('2026-11-27T10:00:00.000Z');

/**
 * Six cases sent to the Crown Court, with waits worked out by hand (first magistrates' hearing to first Crown Court
 * hearing, in London calendar days), and one case never sent. Each sent case is made five times, for five
 * defendants (the r-th copy's URN and case number carry r), so that every figure is about at least 5 people and is
 * published: counts are five times the table's, waits the same. What is withheld is tested in
 * waitingTimesDisclosure.test.ts.
 */
const TABLE: HandMadeCase[] = [
  // 2 March to 1 April: 30 days.
  {
    urn: '13AA0000001',
    courtCode: 'B13LS00',
    hearings: ['2026-03-02T10:00:00.000Z'],
    crown: {
      caseNumber: 'T20260001',
      courtCode: 'C13LS00',
      receivedOn: '2026-03-20',
      hearings: ['2026-04-01T09:00:00.000Z', '2026-06-01T09:00:00.000Z'],
    },
  },
  // 4 May to 23 June, counted in London: 23:30 UTC on 22 June is 00:30 on 23 June there. 50 days.
  {
    urn: '13AA0000002',
    courtCode: 'B13LS00',
    hearings: ['2026-05-04T10:00:00.000Z'],
    crown: {
      caseNumber: 'T20260002',
      courtCode: 'C13LS00',
      receivedOn: '2026-05-20',
      hearings: ['2026-06-22T23:30:00.000Z'],
    },
  },
  // First magistrates' hearing 11 May (the later one is not the first) to 20 July: 70 days.
  {
    urn: '14AA0000003',
    courtCode: 'B14SF00',
    hearings: ['2026-06-01T09:00:00.000Z', '2026-05-11T09:00:00.000Z'],
    crown: {
      caseNumber: 'T20260003',
      courtCode: 'C13LS00',
      receivedOn: '2026-05-25',
      hearings: ['2026-07-20T09:00:00.000Z'],
    },
  },
  // Listed for 7 December: still waiting on 27 November, 87 days since 1 September.
  {
    urn: '14AA0000004',
    courtCode: 'B14SF00',
    hearings: ['2026-09-01T09:00:00.000Z'],
    crown: {
      caseNumber: 'T20260004',
      courtCode: 'C14SF00',
      receivedOn: '2026-09-10',
      hearings: [{ startsAt: '2026-12-07T10:00:00.000Z', outcome: null }],
    },
  },
  // Not listed yet: still waiting, 46 days since 12 October.
  {
    urn: '13AA0000005',
    courtCode: 'B13LS00',
    hearings: ['2026-10-12T09:00:00.000Z'],
    crown: {
      caseNumber: 'S20260001',
      courtCode: 'C14SF00',
      receivedOn: '2026-10-20',
      sendingType: 'COMMITTED_FOR_SENTENCE',
    },
  },
  // Heard in the Crown Court, but the magistrates' system holds no hearing: its wait cannot be measured.
  {
    urn: '14AA0000006',
    courtCode: 'B14SF00',
    crown: {
      caseNumber: 'T20260005',
      courtCode: 'C14SF00',
      receivedOn: '2026-08-03',
      hearings: ['2026-08-24T09:00:00.000Z'],
    },
  },
];

/** The r-th copy of a case: a URN and case number of its own (r in place of their fifth digit), its own defendant. */
function copy(made: HandMadeCase, r: number): HandMadeCase {
  const at5 = (text: string) => `${text.slice(0, 5)}${r}${text.slice(6)}`;
  return {
    ...made,
    urn: `${made.urn.slice(0, 4)}${r}${made.urn.slice(5)}`,
    crown: made.crown && { ...made.crown, caseNumber: at5(made.crown.caseNumber) },
  };
}

const CASES: HandMadeCase[] = [
  ...TABLE.flatMap((made) => [0, 1, 2, 3, 4].map((r) => copy(made, r))),
  // Never sent: not counted. Sent by the last test, first heard in the magistrates' court on 2 November.
  ...[0, 1, 2, 3, 4].map((r) => ({
    urn: `13AA${r}900007`,
    courtCode: 'B13LS00',
    hearings: ['2026-11-02T10:00:00.000Z'],
  })),
];

/** Published figures of cases of the table, counts given for one copy of each. */
const figures = (values: Partial<Figures>): Figures => ({
  casesSent: 0,
  firstHearingHeld: 0,
  stillWaiting: 0,
  withoutMagistratesHearing: 0,
  meanWaitDays: null,
  medianWaitDays: null,
  longestWaitDays: null,
  longestCurrentWaitDays: null,
  ...values,
  ...Object.fromEntries(
    (['casesSent', 'firstHearingHeld', 'stillWaiting', 'withoutMagistratesHearing'] as const).map((count) => [
      count,
      (values[count] ?? 0) * 5,
    ]),
  ),
  suppressed: false,
});

let running: RunningCourtsGateway;
let analyst: string;

beforeAll(async () => {
  running = await startCourtsGateway(await handMadeDataDir(CASES), { now: () => NOW });
  analyst = await running.tokenFor('analyst');
});

afterAll(() => running.stop());

async function waitingTimes(variables: Record<string, string> = {}) {
  const response = await running.queryAs<WaitingTimesData>(analyst, WAITING_TIMES, variables);
  expect(response.errors).toBeUndefined();
  const answer = response.data?.crownCourtWaitingTimes;
  if (!answer) throw new Error('no figures');
  // Figures only: not one URN, case number or name of the data set is in the answer.
  const text = JSON.stringify(answer);
  for (const made of CASES) {
    expect(text).not.toContain(made.urn);
    if (made.crown) expect(text).not.toContain(made.crown.caseNumber);
  }
  expect(text).not.toMatch(/Example|Alex/);
  return answer;
}

describe("analysts' waiting times between the magistrates' court and the Crown Court", () => {
  it('gives the waits and the cases still waiting, overall and by court, taken today', async () => {
    const answer = await waitingTimes();
    expect(answer.asOf).toBe('2026-11-27');
    expect(answer.overall).toEqual(
      figures({
        casesSent: 6,
        firstHearingHeld: 4,
        stillWaiting: 2,
        withoutMagistratesHearing: 1,
        meanWaitDays: 50,
        medianWaitDays: 50,
        longestWaitDays: 70,
        longestCurrentWaitDays: 87,
      }),
    );
    expect(answer.byCrownCourt).toEqual([
      {
        court: { code: 'C13LS00' },
        figures: figures({
          casesSent: 3,
          firstHearingHeld: 3,
          meanWaitDays: 50,
          medianWaitDays: 50,
          longestWaitDays: 70,
        }),
      },
      {
        court: { code: 'C14SF00' },
        figures: figures({
          casesSent: 3,
          firstHearingHeld: 1,
          stillWaiting: 2,
          withoutMagistratesHearing: 1,
          longestCurrentWaitDays: 87,
        }),
      },
    ]);
    expect(answer.byMagistratesCourt).toEqual([
      {
        court: { code: 'B13LS00' },
        figures: figures({
          casesSent: 3,
          firstHearingHeld: 2,
          stillWaiting: 1,
          meanWaitDays: 40,
          medianWaitDays: 40,
          longestWaitDays: 50,
          longestCurrentWaitDays: 46,
        }),
      },
      {
        court: { code: 'B14SF00' },
        figures: figures({
          casesSent: 3,
          firstHearingHeld: 2,
          stillWaiting: 1,
          withoutMagistratesHearing: 1,
          meanWaitDays: 70,
          medianWaitDays: 70,
          longestWaitDays: 70,
          longestCurrentWaitDays: 87,
        }),
      },
    ]);
  });

  it('counts only the cases received in a period', async () => {
    const answer = await waitingTimes({ receivedFrom: '2026-05-01', receivedTo: '2026-09-30' });
    expect(answer.overall).toEqual(
      figures({
        casesSent: 4,
        firstHearingHeld: 3,
        stillWaiting: 1,
        withoutMagistratesHearing: 1,
        meanWaitDays: 60,
        medianWaitDays: 60,
        longestWaitDays: 70,
        longestCurrentWaitDays: 87,
      }),
    );
  });

  it('takes the figures on an earlier day: later hearings had not taken place, later cases not been sent', async () => {
    const answer = await waitingTimes({ asOf: '2026-06-30' });
    expect(answer.overall).toEqual(
      figures({
        casesSent: 3,
        firstHearingHeld: 2,
        stillWaiting: 1,
        meanWaitDays: 40,
        medianWaitDays: 40,
        longestWaitDays: 50,
        longestCurrentWaitDays: 50,
      }),
    );
  });

  it('counts cases sent by digital transfer as waiting until their first Crown Court hearing', async () => {
    const courtStaff = await running.tokenFor('court-staff');
    for (const r of [0, 1, 2, 3, 4]) {
      const sent = await running.queryAs<SendCaseData>(courtStaff, SEND_CASE, {
        input: {
          urn: `13AA${r}900007`,
          crownCourtCode: 'C13LS00',
          sendingType: 'SENT_FOR_TRIAL',
          firstHearingOn: '2026-12-14',
        },
      });
      expect(sent.errors).toBeUndefined();
    }
    const answer = await waitingTimes();
    expect(answer.byCrownCourt[0]).toEqual({
      court: { code: 'C13LS00' },
      figures: figures({
        casesSent: 4,
        firstHearingHeld: 3,
        stillWaiting: 1,
        meanWaitDays: 50,
        medianWaitDays: 50,
        longestWaitDays: 70,
        longestCurrentWaitDays: 25,
      }),
    });
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await running.queryAs(analyst, WAITING_TIMES, {
      receivedFrom: '2026-06-01',
      receivedTo: '2026-05-01',
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'receivedFrom',
    });
  });
});
