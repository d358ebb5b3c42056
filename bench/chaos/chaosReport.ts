import type { Machine } from '../report/machine';
import type { SentRequest } from './chaosLoad';
import type { ChaosChecks } from './chaosChecks';
import type { FaultFigures } from './faultFigures';

/** The goals of the chaos run (issue 20), each checked against the run's figures. */
export const CHAOS_GOALS = {
  /** p99 of requests needing a subgraph that is down, once its circuit is open, at most this above its p99 when up. */
  p99AboveBaselineMs: 50,
  /** The last request a fault affected started at most this long after the broken thing was back. */
  recoveryMs: 5000,
} as const;

/** Everything the report says. */
export interface ChaosReport {
  command: string;
  startedAt: Date;
  machine: Machine;
  scale: number;
  perSecond: number;
  weights: Record<string, number>;
  sent: readonly SentRequest[];
  figures: FaultFigures[];
  checks: ChaosChecks;
}

/** A goal and whether the run met it. */
export interface GoalResult {
  goal: string;
  met: boolean;
  detail: string;
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);

/** Checks every goal against the figures: 100% answered, p99 while down, recovery, no write lost or doubled. */
export function chaosGoals(report: ChaosReport): GoalResult[] {
  const failed = report.sent.filter((request) => request.outcome === 'failed');
  const slow = report.figures.filter(
    (figure) =>
      figure.circuitOpenAfterMs !== null &&
      figure.p99DuringMs !== null &&
      figure.p99BaselineMs !== null &&
      figure.p99DuringMs - figure.p99BaselineMs > CHAOS_GOALS.p99AboveBaselineMs,
  );
  const late = report.figures.filter(
    (figure) => figure.recoveryMs === null || figure.recoveryMs > CHAOS_GOALS.recoveryMs,
  );
  const broken = report.checks.writes.filter((write) => write.lost > 0 || write.doubled > 0);
  return [
    {
      goal: 'Every request answered, fully or partially or with a clear refusal: no 5xx, none unanswered',
      met: failed.length === 0,
      detail: `${report.sent.length - failed.length} of ${report.sent.length} answered`,
    },
    {
      goal: `p99 while a subgraph is down, once its circuit is open, within ${CHAOS_GOALS.p99AboveBaselineMs} ms of p99 when up`,
      met: slow.length === 0,
      detail:
        slow.length === 0 ? 'every fault whose circuit opened' : slow.map((figure) => figure.name).join('; '),
    },
    {
      goal: `Recovery within ${CHAOS_GOALS.recoveryMs / 1000} s of the broken part being back`,
      met: late.length === 0,
      detail:
        late.length === 0
          ? 'every fault'
          : late.map((figure) => `${figure.name}: ${ms(figure.recoveryMs)}`).join('; '),
    },
    {
      goal: 'No acknowledged write lost or doubled (bookings, transfers, payments, audit records), no session overbooked',
      met:
        broken.length === 0 &&
        report.checks.overbookedSessions === 0 &&
        /intact/.test(report.checks.auditChain),
      detail: `${report.checks.writes.reduce((sum, write) => sum + write.acknowledged, 0)} acknowledged writes checked; ${report.checks.overbookedSessions} sessions overbooked; ${report.checks.auditChain}`,
    },
  ];
}

function codesOf(figure: FaultFigures): string {
  const entries = Object.entries(figure.codes).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? '-' : entries.map(([code, times]) => `${code} ${times}`).join(', ');
}

/** The report as Markdown, for the terminal and docs/RESILIENCE.md. */
export function formatChaosReport(report: ChaosReport): string {
  const { machine } = report;
  const mix = Object.entries(report.weights)
    .map(([kind, weight]) => `${kind} ${weight}%`)
    .join(', ');
  const lines = [
    `## Chaos run of ${report.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `\`${report.command}\`: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb.toFixed(0)} GiB, Node ${machine.node}; ` +
      `load averages ${machine.loadAtStart.map((load) => load.toFixed(2)).join(' ')} at the start. Seeded scale ${report.scale}; ` +
      `${report.perSecond} requests a second, open loop, mixed: ${mix}. ${report.sent.length} requests in all.`,
    '',
    '| Fault | Requests | Full | Partial | Refused | Failed | Codes seen | Circuit open after | p99 up → during | Recovery |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...report.figures.map(
      (figure) =>
        `| ${figure.name} | ${figure.requests} | ${figure.full} | ${figure.partial} | ${figure.refused} | ${figure.failed} | ${codesOf(figure)} | ` +
        `${ms(figure.circuitOpenAfterMs)} | ${ms(figure.p99BaselineMs)} → ${ms(figure.p99DuringMs)} | ${ms(figure.recoveryMs)} |`,
    ),
    '',
    '| Acknowledged writes, checked in the stores afterwards | Acknowledged | Lost | Doubled |',
    '| --- | ---: | ---: | ---: |',
    ...report.checks.writes.map(
      (write) => `| ${write.what} | ${write.acknowledged} | ${write.lost} | ${write.doubled} |`,
    ),
    '',
    `Sessions overbooked: ${report.checks.overbookedSessions}. Audit chain: ${report.checks.auditChain}.`,
    '',
    '| Goal | Met | |',
    '| --- | --- | --- |',
    ...chaosGoals(report).map((goal) => `| ${goal.goal} | ${goal.met ? 'yes' : '**no**'} | ${goal.detail} |`),
    '',
  ];
  return lines.join('\n');
}
