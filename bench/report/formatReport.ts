import type { WorkloadName } from '../load/workloads';
import { GATEWAY_LABELS } from '../system/gatewayKinds';
import { addedLatencySection } from './addedLatencySection';
import type { BenchReport, Summary } from './benchReport';
import { fixed, ratio, table } from './markdown';
import { perRequestWorkSection, ratiosSection } from './peersSection';
import { checkTargets } from './targets';
import { tracingOverheadSection } from './tracingOverhead';

function errorsOf(summary: Summary): string {
  const codes = Object.entries(summary.errorCodes).map(([code, count]) => `${code} ${count}`);
  return codes.length === 0 ? String(summary.errors) : `${summary.errors} (${codes.join(', ')})`;
}

function workloadSection(report: BenchReport, workload: WorkloadName): string {
  const rows = report.summaries
    .filter((summary) => summary.workload === workload)
    .map((summary) => [
      GATEWAY_LABELS[summary.gateway],
      fixed(summary.requestsPerSecond, 0),
      summary.roundRequestsPerSecond.map((value) => value.toFixed(0)).join(' / '),
      fixed(summary.p50Ms),
      fixed(summary.p95Ms),
      fixed(summary.p99Ms),
      errorsOf(summary),
      fixed(summary.cpuMsPerRequest, 2),
      fixed(summary.peakRssMb, 0),
      fixed(summary.statementsPerRequest, 1),
    ]);
  return [
    `### ${workload}: ${report.workloadTitles[workload] ?? ''}`,
    '',
    table(
      [
        'gateway',
        'req/s',
        'req/s by round',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
        'gateway CPU ms/req',
        'gateway peak RSS MB',
        'SQL statements/req',
      ],
      rows,
    ),
  ].join('\n');
}

function batchingSection(report: BenchReport): string {
  const batching = report.batching;
  if (!batching) return '';
  const extraPrisoners = batching.longList.prisoners - batching.shortList.prisoners;
  const extraStatements = batching.longList.statements - batching.shortList.statements;
  return [
    '## Entity batching (this gateway, prison list)',
    '',
    table(
      ['prisoners on the page', 'SQL statements'],
      [
        [String(batching.shortList.prisoners), String(batching.shortList.statements)],
        [String(batching.longList.prisoners), String(batching.longList.statements)],
      ],
    ),
    '',
    extraStatements <= 0
      ? 'The statements do not grow with the list.'
      : extraStatements >= extraPrisoners
        ? `The statements grow with the list (${extraStatements} more for ${extraPrisoners} more prisoners): an N+1.`
        : `${extraStatements} more statement(s) for ${extraPrisoners} more prisoners: not one per prisoner, but a table reached only by some of them.`,
  ].join('\n');
}

function scaleSection(report: BenchReport): string {
  const comparison = report.scaleComparison;
  if (!comparison) return '';
  return [
    '## Journey p95 of this gateway by scale',
    '',
    table(
      ['scale', 'p95 ms'],
      [
        [String(comparison.scale), fixed(comparison.p95Ms)],
        [String(comparison.otherScale), fixed(comparison.otherP95Ms)],
      ],
    ),
    '',
    `Ratio ${ratio(comparison.p95Ms, comparison.otherP95Ms)} (scale ${comparison.scale} to ${comparison.otherScale}).`,
  ].join('\n');
}

function machineSection(report: BenchReport): string {
  const { machine, settings } = report;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    `Run ${report.startedAt} with \`${report.command}\`.`,
    '',
    `- Machine: ${machine.cpuCount} x ${machine.cpuModel}, ${machine.memoryGb.toFixed(1)} GB, ${machine.os}, Node ${machine.node}`,
    `- Load average (1, 5, 15 min): ${load(machine.loadAtStart)} at the start, ${load(machine.loadAtEnd)} at the end.` +
      (machine.loadAtStart[0] !== undefined && machine.loadAtStart[0] > machine.cpuCount
        ? ' The machine was busy with other work: throughput figures are noisy; CPU per request is the steadier figure.'
        : ''),
    `- Scale ${settings.scale}; ${settings.rounds} round(s) of ${settings.seconds} s per gateway and workload, ` +
      `${settings.connections} connections; gateways measured one at a time in an order rotated each round.`,
    '- Each request asks for a different person drawn from the seeded stores, with the token of one of 50 simulated',
    '  users; this gateway runs as shipped (tokens verified, authorization, audit, limits, trusted documents).',
    '- Errors are answers other than 200, answers with GraphQL errors, and requests never answered.',
    "- Gateway CPU is the gateway process's user + system time (/proc/<pid>/stat, all its threads: Grafbase's",
    '  engine runs on every core) over the measurement, divided by the requests answered; peak RSS is the largest',
    '  VmRSS sampled every 100 ms. SQL statements are counted by the subgraphs',
    '  (justice_subgraph_store_statements_total on their /metrics).',
  ].join('\n');
}

function targetsSection(report: BenchReport): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  return [
    '## Targets in this run',
    '',
    "Each measured against the peer named, in this run, with this gateway's security on.",
    '',
    table(
      ['target', 'measured', ''],
      checkTargets(report).map((check) => [check.target, check.measured, verdict(check.met)]),
    ),
  ].join('\n');
}

/** The report as markdown: how it was run, then the figures by workload, the ratios and the other checks. */
export function formatReport(report: BenchReport): string {
  return [
    '# Benchmark: this gateway against its peers',
    '',
    'Written by `npm run bench`; see the README\'s "Benchmark" section.',
    '',
    machineSection(report),
    '',
    targetsSection(report),
    '',
    perRequestWorkSection(report),
    '',
    '## Figures by workload',
    '',
    report.settings.workloads.map((workload) => workloadSection(report, workload)).join('\n\n'),
    '',
    ratiosSection(report),
    '',
    tracingOverheadSection(report),
    '',
    addedLatencySection(report),
    '',
    batchingSection(report),
    '',
    scaleSection(report),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
