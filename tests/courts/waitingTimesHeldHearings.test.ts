import { WAITING_TIMES, type WaitingTimesData } from './support/courtsOperations';
import { handMadeDataDir, type HandMadeCase, type HandMadeHearing } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00: the day the figures are taken on. */
const NOW = new Date('2026-11-27T10:00:00.000Z');

let serial = 0;

/**
 * `count` cases sent from Leeds to the Crown Court at `crownCourtCode`, each with a defendant of its own, first heard
 * in the magistrates' court on 2 March 2026 and with these Crown Court hearings.
 */
function sentCases(
  count: number,
  crownCourtCode: string,
  hearings: HandMadeHearing[],
  receivedOn = '2026-03-10',
): HandMadeCase[] {
  return Array.from({ length: count }, () => {
    serial += 1;
    return {
      urn: `13HH${String(serial).padStart(7, '0')}`,
      courtCode: 'B13LS00',
      hearings: ['2026-03-02T10:00:00.000Z'],
      crown: {
        caseNumber: `T2026${String(serial).padStart(4, '0')}`,
        courtCode: crownCourtCode,
        receivedOn,
        hearings,
      },
    };
  });
}

const CASES: HandMadeCase[] = [
  // Listed for 1 April, long gone, with no outcome recorded: not held, so still waiting (270 days on 27 November).
  ...sentCases(5, 'C13LS00', [{ startsAt: '2026-04-01T09:00:00.000Z', outcome: null }]),
  // Vacated on 1 April and heard on 1 May: the wait runs to 1 May, 60 days.
  ...sentCases(5, 'C13LS00', [
    { startsAt: '2026-04-01T09:00:00.000Z', outcome: 'VACATED' },
    { startsAt: '2026-05-01T09:00:00.000Z', outcome: 'ADJOURNED' },
  ]),
  // One defendant at Sheffield, received later, listed with no outcome: a figure about one person, withheld.
  ...sentCases(1, 'C14SF00', [{ startsAt: '2026-04-01T09:00:00.000Z', outcome: null }], '2026-03-20'),
];

let running: RunningCourtsGateway;
let analyst: string;

beforeAll(async () => {
  running = await startCourtsGateway(await handMadeDataDir(CASES), { now: () => NOW });
  analyst = await running.tokenFor('analyst');
});

afterAll(() => running.stop());

describe('waiting times count a Crown Court hearing as held only when its outcome says so', () => {
  it('keeps a case listed in the past with no outcome waiting, and measures past a vacated hearing', async () => {
    const response = await running.queryAs<WaitingTimesData>(analyst, WAITING_TIMES, {
      receivedTo: '2026-03-15',
    });
    expect(response.errors).toBeUndefined();
    const leeds = response.data?.crownCourtWaitingTimes?.byCrownCourt.find(
      (entry) => entry.court.code === 'C13LS00',
    );
    expect(leeds?.figures).toEqual({
      casesSent: 10,
      firstHearingHeld: 5,
      stillWaiting: 5,
      withoutMagistratesHearing: 0,
      meanWaitDays: 60,
      medianWaitDays: 60,
      longestWaitDays: 60,
      longestCurrentWaitDays: 270,
      suppressed: false,
    });
  });

  it('withholds the figures about one defendant whose hearing was listed but not held', async () => {
    const response = await running.queryAs<WaitingTimesData>(analyst, WAITING_TIMES, {});
    const sheffield = response.data?.crownCourtWaitingTimes?.byCrownCourt.find(
      (entry) => entry.court.code === 'C14SF00',
    );
    expect(sheffield?.figures.suppressed).toBe(true);
    expect(sheffield?.figures.casesSent).toBeNull();
    expect(sheffield?.figures.longestCurrentWaitDays).toBeNull();
  });
});
