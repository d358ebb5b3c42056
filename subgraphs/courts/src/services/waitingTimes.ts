import type { SentCase } from '../store/waitingTimesStore';
import { daysBetween, londonDateOf } from '@lib/time/londonTime';

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

/** A sent case with its first magistrates' hearing, as the figures count it. */
interface MeasuredCase extends SentCase {
  firstMagistratesHearingOn: string | null;
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
    const firstCrownOn = sent.firstCrownHearingAt ? londonDateOf(sent.firstCrownHearingAt) : null;
    const heard = firstCrownOn !== null && firstCrownOn <= asOf;
    if (heard) held += 1;
    const from = sent.firstMagistratesHearingOn;
    if (!from) withoutMagistratesHearing += 1;
    else if (heard) waits.push(Math.max(0, daysBetween(from, firstCrownOn)));
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
  asOf: string,
): { courtCode: string; figures: WaitingFigures }[] {
  const groups = new Map<string, MeasuredCase[]>();
  for (const sent of cases) {
    const code = courtOf(sent);
    if (!code) continue;
    const group = groups.get(code);
    if (group) group.push(sent);
    else groups.set(code, [sent]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([courtCode, group]) => ({ courtCode, figures: waitingFigures(group, asOf) }));
}

/**
 * The analysts' waiting figures: overall, by receiving Crown Court and by sending magistrates' court. Cases
 * received after `asOf` had not been sent yet on that day and are left out.
 */
export function waitingTimes(
  sentCases: readonly SentCase[],
  firstMagistratesHearings: ReadonlyMap<string, string>,
  asOf: string,
) {
  const cases: MeasuredCase[] = sentCases
    .filter((sent) => sent.receivedOn <= asOf)
    .map((sent) => {
      const first = firstMagistratesHearings.get(sent.urn);
      return { ...sent, firstMagistratesHearingOn: first ? londonDateOf(first) : null };
    });
  return {
    asOf,
    overall: waitingFigures(cases, asOf),
    byCrownCourt: byCourt(cases, (sent) => sent.crownCourtCode, asOf),
    byMagistratesCourt: byCourt(cases, (sent) => sent.committingCourtCode, asOf),
  };
}
