import { figureTable, publishFigures, type FigureTable } from '@lib/statistics/disclosureControl';
import { daysBetween, londonDateOf } from '@lib/time/londonTime';
import type { MagistratesRecord, SentCase } from '../store/waitingTimesStore';

/** The waiting figures of a set of sent cases (see the WaitingFigures type in the SDL). */
export interface WaitingFigures {
  casesSent: number;
  firstHearingHeld: number;
  stillWaiting: number;
  withoutMagistratesHearing: number;
  meanWaitDays: number | null;
  medianWaitDays: number | null;
  longestWaitDays: number | null;
  longestCurrentWaitDays: number | null;
}

/** A sent case as the figures count it: its first magistrates' hearing, and the person it is about. */
interface MeasuredCase extends SentCase {
  firstMagistratesHearingOn: string | null;
  person: string;
}

/** What the figures need to know of a case on the day they are taken: heard yet, and its wait measurable. */
interface CaseState {
  heard: boolean;
  measured: boolean;
}

/**
 * The groups of people a set of cases holds, each a cell of the disclosure-control table: all the cases sent,
 * those first heard, those still waiting, those whose wait cannot be measured, and the two groups the waits are
 * measured over (heard, and still waiting, with a magistrates' hearing). How many cases these two hold is never
 * published, nor how the cases without a measurable wait divide between heard and waiting: those are hidden
 * cells, the differences the published counts leave.
 */
const GROUPS = {
  sent: { hidden: false, holds: () => true },
  heard: { hidden: false, holds: ({ heard }: CaseState) => heard },
  waiting: { hidden: false, holds: ({ heard }: CaseState) => !heard },
  unmeasured: { hidden: false, holds: ({ measured }: CaseState) => !measured },
  measuredHeard: { hidden: false, holds: ({ heard, measured }: CaseState) => heard && measured },
  measuredWaiting: { hidden: false, holds: ({ heard, measured }: CaseState) => !heard && measured },
  measuredHeardCases: { hidden: true, holds: ({ heard, measured }: CaseState) => heard && measured },
  measuredWaitingCases: { hidden: true, holds: ({ heard, measured }: CaseState) => !heard && measured },
  unmeasuredHeard: { hidden: true, holds: ({ heard, measured }: CaseState) => heard && !measured },
  unmeasuredWaiting: { hidden: true, holds: ({ heard, measured }: CaseState) => !heard && !measured },
} as const;
type Group = keyof typeof GROUPS;

/** How the counts of one set of cases add up: each total, and the groups it divides into. */
const LINES_WITHIN_A_SET: readonly [total: Group, parts: Group[]][] = [
  ['sent', ['heard', 'waiting']],
  ['heard', ['measuredHeardCases', 'unmeasuredHeard']],
  ['waiting', ['measuredWaitingCases', 'unmeasuredWaiting']],
  ['unmeasured', ['unmeasuredHeard', 'unmeasuredWaiting']],
];

/** The group each figure is about: a mean, median or longest wait is withheld with the cases it is taken over. */
const GROUP_OF_FIGURE: { readonly [Figure in keyof WaitingFigures]: Group } = {
  casesSent: 'sent',
  firstHearingHeld: 'heard',
  stillWaiting: 'waiting',
  withoutMagistratesHearing: 'unmeasured',
  meanWaitDays: 'measuredHeard',
  medianWaitDays: 'measuredHeard',
  longestWaitDays: 'measuredHeard',
  longestCurrentWaitDays: 'measuredWaiting',
};

/** The day a case was first heard in the Crown Court, if it was by `asOf`. */
function heardOn(sent: MeasuredCase, asOf: string): string | null {
  const firstCrownOn = sent.firstCrownHearingAt ? londonDateOf(sent.firstCrownHearingAt) : null;
  return firstCrownOn !== null && firstCrownOn <= asOf ? firstCrownOn : null;
}

function stateOf(sent: MeasuredCase, asOf: string): CaseState {
  return { heard: heardOn(sent, asOf) !== null, measured: sent.firstMagistratesHearingOn !== null };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The figures of one set of cases, taken on `asOf`. */
export function waitingFigures(cases: readonly MeasuredCase[], asOf: string): WaitingFigures {
  const waits: number[] = [];
  const currentWaits: number[] = [];
  let held = 0;
  let withoutMagistratesHearing = 0;
  for (const sent of cases) {
    const firstCrownOn = heardOn(sent, asOf);
    if (firstCrownOn !== null) held += 1;
    const from = sent.firstMagistratesHearingOn;
    if (!from) withoutMagistratesHearing += 1;
    else if (firstCrownOn !== null) waits.push(Math.max(0, daysBetween(from, firstCrownOn)));
    else currentWaits.push(Math.max(0, daysBetween(from, asOf)));
  }
  waits.sort((a, b) => a - b);
  const total = waits.reduce((sum, days) => sum + days, 0);
  return {
    casesSent: cases.length,
    firstHearingHeld: held,
    stillWaiting: cases.length - held,
    withoutMagistratesHearing,
    meanWaitDays: waits.length > 0 ? Math.round((total / waits.length) * 10) / 10 : null,
    medianWaitDays: median(waits),
    longestWaitDays: waits.length > 0 ? (waits[waits.length - 1] ?? null) : null,
    longestCurrentWaitDays: currentWaits.length > 0 ? Math.max(...currentWaits) : null,
  };
}

function byCourt(
  cases: readonly MeasuredCase[],
  courtOf: (sent: MeasuredCase) => string | null,
): [courtCode: string, cases: MeasuredCase[]][] {
  const groups = new Map<string, MeasuredCase[]>();
  for (const sent of cases) {
    const code = courtOf(sent);
    if (!code) continue;
    const group = groups.get(code);
    if (group) group.push(sent);
    else groups.set(code, [sent]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Adds a set of cases to the table: a cell per group of people, and the lines between them. */
function addCases(
  table: FigureTable,
  key: string,
  cases: readonly MeasuredCase[],
  asOf: string,
  hidden = false,
) {
  const states = cases.map((sent) => ({ person: sent.person, state: stateOf(sent, asOf) }));
  for (const [group, { hidden: neverPublished, holds }] of Object.entries(GROUPS)) {
    const people = states.filter(({ state }) => holds(state)).map(({ person }) => person);
    if (hidden || neverPublished) table.hiddenCell(`${key}/${group}`, people);
    else table.cell(`${key}/${group}`, people);
  }
  for (const [total, parts] of LINES_WITHIN_A_SET) {
    table.line(
      `${key}/${total}`,
      parts.map((part) => `${key}/${part}`),
    );
  }
}

/**
 * The analysts' waiting figures: overall, by receiving Crown Court and by sending magistrates' court. Cases
 * received after `asOf` had not been sent yet on that day and are left out. People are counted by defendant
 * (PNC ID, or the case when no system records one); a figure about 1 to 4 people, or one that would give such a
 * figure away by subtraction, is withheld (lib/statistics/disclosureControl).
 */
export function waitingTimes(
  sentCases: readonly SentCase[],
  magistratesRecords: ReadonlyMap<string, MagistratesRecord>,
  asOf: string,
) {
  const cases: MeasuredCase[] = sentCases
    .filter((sent) => sent.receivedOn <= asOf)
    .map((sent) => {
      const record = magistratesRecords.get(sent.urn);
      const first = record?.firstHearingAt;
      return {
        ...sent,
        firstMagistratesHearingOn: first ? londonDateOf(first) : null,
        person: record?.defendantPncId ?? sent.defendantPncId ?? `case ${sent.urn}`,
      };
    });
  const crownCourts = byCourt(cases, (sent) => sent.crownCourtCode);
  const sendingCourts = byCourt(cases, (sent) => sent.committingCourtCode);

  // Every group adds up across the Crown Court centres, and across the sending courts with the cases that name
  // none (never published, but all cases less those by sending court).
  const table = figureTable();
  addCases(table, 'overall', cases, asOf);
  for (const [code, group] of crownCourts) addCases(table, `crown:${code}`, group, asOf);
  for (const [code, group] of sendingCourts) addCases(table, `sending:${code}`, group, asOf);
  const unnamed = cases.filter((sent) => !sent.committingCourtCode);
  addCases(table, 'sending:none', unnamed, asOf, true);
  for (const group of Object.keys(GROUPS)) {
    table.line(
      `overall/${group}`,
      crownCourts.map(([code]) => `crown:${code}/${group}`),
    );
    table.line(`overall/${group}`, [
      ...sendingCourts.map(([code]) => `sending:${code}/${group}`),
      `sending:none/${group}`,
    ]);
  }
  const withheld = table.withheld();
  const published = (key: string, group: readonly MeasuredCase[]) => {
    const cellOf = Object.fromEntries(
      Object.entries(GROUP_OF_FIGURE).map(([figure, cell]) => [figure, `${key}/${cell}`]),
    ) as { [Figure in keyof WaitingFigures]: string };
    return publishFigures(waitingFigures(group, asOf), cellOf, withheld);
  };
  return {
    asOf,
    overall: published('overall', cases),
    byCrownCourt: crownCourts.map(([courtCode, group]) => ({
      courtCode,
      figures: published(`crown:${courtCode}`, group),
    })),
    byMagistratesCourt: sendingCourts.map(([courtCode, group]) => ({
      courtCode,
      figures: published(`sending:${courtCode}`, group),
    })),
  };
}
