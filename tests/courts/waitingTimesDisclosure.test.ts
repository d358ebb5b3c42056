import { composedSchema } from '../access/support/offenderFieldProbes';
import { disclosureProblems } from '../statistics/support/publishedFigureChecks';
import { WAITING_TIMES, type Figures, type WaitingTimesData } from './support/courtsOperations';
import { handMadeDataDir, type HandMadeCase } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

/** Friday 27 November 2026, 10:00: the day the figures are taken on. */
const NOW = new Date('2026-11-27T10:00:00.000Z');

let serial = 0;

/**
 * `count` cases sent from a magistrates' court to a Crown Court centre, received on one day of 2025, each with
 * a defendant of its own unless `pncId` is given: first heard in the magistrates' court on 2 January 2025 (or
 * never, if `measured` is false) and in the Crown Court on 2 June 2025 (or listed for after the figures are
 * taken, if `heard` is false).
 */
function sentCases(
  count: number,
  fields: {
    from: string;
    to: string;
    receivedOn: string;
    heard?: boolean;
    measured?: boolean;
    pncId?: string;
    committingCourtCode?: string | null;
  },
): HandMadeCase[] {
  return Array.from({ length: count }, () => {
    serial += 1;
    return {
      urn: `${fields.from.slice(1, 3)}ZZ${String(serial).padStart(7, '0')}`,
      courtCode: fields.from,
      pncId: fields.pncId ?? null,
      hearings: fields.measured === false ? [] : ['2025-01-02T10:00:00.000Z'],
      crown: {
        caseNumber: `T2025${String(serial).padStart(4, '0')}`,
        courtCode: fields.to,
        receivedOn: fields.receivedOn,
        hearings: [
          fields.heard === false
            ? { startsAt: '2026-12-10T10:00:00.000Z', outcome: null }
            : '2025-06-02T09:00:00.000Z',
        ],
        ...(fields.committingCourtCode !== undefined && { committingCourtCode: fields.committingCourtCode }),
      },
    };
  });
}

const LEEDS = { from: 'B13LS00', to: 'C13LS00' };
const SHEFFIELD = { from: 'B14SF00', to: 'C14SF00' };
const NEWCASTLE = { from: 'B17NC00', to: 'C17NC00' };

/** Each attack is a set of cases received in a month of its own, asked for by that month. */
const ATTACKS: Record<string, { month: string; cases: HandMadeCase[] }> = {
  'a centre of three, and two still waiting among twenty': {
    month: '2025-01',
    cases: [
      ...sentCases(18, { ...LEEDS, receivedOn: '2025-01-20' }),
      ...sentCases(2, { ...LEEDS, receivedOn: '2025-01-20', heard: false }),
      ...sentCases(3, { ...SHEFFIELD, receivedOn: '2025-01-21' }),
      ...sentCases(10, { ...NEWCASTLE, receivedOn: '2025-01-22' }),
    ],
  },
  'a mean over three people': {
    month: '2025-03',
    cases: [
      ...sentCases(3, { ...LEEDS, receivedOn: '2025-03-20' }),
      ...sentCases(5, { ...LEEDS, receivedOn: '2025-03-20', measured: false }),
      ...sentCases(10, { ...NEWCASTLE, receivedOn: '2025-03-21' }),
    ],
  },
  'six cases of one defendant': {
    month: '2025-05',
    cases: [
      ...sentCases(6, { ...SHEFFIELD, receivedOn: '2025-05-20', pncId: '2012/0052494Q' }),
      ...sentCases(10, { ...LEEDS, receivedOn: '2025-05-21' }),
    ],
  },
  'two cases that name no sending court': {
    month: '2025-07',
    cases: [
      ...sentCases(2, { ...LEEDS, receivedOn: '2025-07-20', committingCourtCode: null }),
      ...sentCases(10, { ...LEEDS, receivedOn: '2025-07-20' }),
      ...sentCases(6, { from: 'B14SF00', to: 'C13LS00', receivedOn: '2025-07-21' }),
    ],
  },
};

const schema = composedSchema();
let running: RunningCourtsGateway;
let analyst: string;

beforeAll(async () => {
  running = await startCourtsGateway(
    await handMadeDataDir(Object.values(ATTACKS).flatMap((attack) => attack.cases)),
    { now: () => NOW },
  );
  analyst = await running.tokenFor('analyst');
});

afterAll(() => running.stop());

/** The figures of the cases received in one attack's month, checked to give no one away, whatever else. */
async function figuresOf(attack: string) {
  const month = ATTACKS[attack]?.month ?? '';
  const response = await running.queryAs<WaitingTimesData>(analyst, WAITING_TIMES, {
    receivedFrom: `${month}-01`,
    receivedTo: `${month}-28`,
  });
  expect(response.errors).toBeUndefined();
  const answer = response.data?.crownCourtWaitingTimes;
  if (!answer) throw new Error('no figures');
  expect(disclosureProblems(schema, 'crownCourtWaitingTimes', answer)).toEqual([]);
  const at = (list: { court: { code: string }; figures: Figures }[], code: string) =>
    list.find((entry) => entry.court.code === code)?.figures;
  return {
    overall: answer.overall,
    crown: (code: string) => at(answer.byCrownCourt, code),
    sending: (code: string) => at(answer.byMagistratesCourt, code),
  };
}

describe('disclosure control of the waiting times', () => {
  it('withholds a Crown Court centre of three people whole, and what would give it away', async () => {
    const { crown, sending } = await figuresOf('a centre of three, and two still waiting among twenty');
    for (const sheffield of [crown('C14SF00'), sending('B14SF00')]) {
      expect(sheffield).toMatchObject({
        casesSent: null,
        firstHearingHeld: null,
        meanWaitDays: null,
        suppressed: true,
      });
    }
    // All courts less the published ones leaves Sheffield with at least one other court: 5 people or more.
    expect(crown('C17NC00')?.casesSent).toBeNull();
  });

  it('withholds two cases still waiting among twenty, and the cases heard, which sent less heard would give', async () => {
    const { overall, crown } = await figuresOf('a centre of three, and two still waiting among twenty');
    expect(crown('C13LS00')).toMatchObject({
      casesSent: 20,
      stillWaiting: null,
      firstHearingHeld: null,
      longestCurrentWaitDays: null,
      meanWaitDays: 151,
      suppressed: true,
    });
    // The only two waiting anywhere: the national count is withheld too, and so the national heard.
    expect(overall).toMatchObject({ casesSent: 33, stillWaiting: null, firstHearingHeld: null });
  });

  it('withholds a mean, median and longest wait taken over three people, and a mean that would give them', async () => {
    const { overall, crown } = await figuresOf('a mean over three people');
    expect(crown('C13LS00')).toMatchObject({
      meanWaitDays: null,
      medianWaitDays: null,
      longestWaitDays: null,
      withoutMagistratesHearing: 5,
      suppressed: true,
    });
    // The national mean over 13 people times 13, less Newcastle's over 10 times 10, would be the three people's
    // days at Leeds: Newcastle's mean is withheld too; the national one stands.
    expect(crown('C17NC00')).toMatchObject({ meanWaitDays: null, suppressed: true });
    expect(overall).toMatchObject({ meanWaitDays: 151, medianWaitDays: 151, suppressed: false });
  });

  it('counts people, not cases: six cases of one defendant are withheld', async () => {
    const { crown } = await figuresOf('six cases of one defendant');
    expect(crown('C14SF00')).toMatchObject({ casesSent: null, firstHearingHeld: null, suppressed: true });
  });

  it('withholds a sending court when all cases less the sending courts would count the two that name none', async () => {
    const { overall, sending } = await figuresOf('two cases that name no sending court');
    expect(overall.casesSent).toBe(18);
    expect(sending('B13LS00')?.casesSent).toBe(10);
    expect(sending('B14SF00')).toMatchObject({ casesSent: null, suppressed: true });
  });
});
